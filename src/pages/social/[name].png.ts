/**
 * The social cards, written at build time as social/<name>.png: `story` and one per scene id at
 * 1200 × 630 for link previews, and the article's images `story-16x9`, `story-4x3` and
 * `story-1x1` for its structured data. See src/story/cards.ts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderCard } from '../../lib/card/render-card';
import { loadCards, type CardSpec } from '../../story/cards';

export const getStaticPaths = (async () =>
	(await loadCards()).map((card) => ({
		params: { name: card.name },
		props: { card },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: CardSpec }> = async ({ props }) =>
	new Response(await renderCard(props.card.content, props.card.size), {
		headers: { 'content-type': 'image/png' },
	});
