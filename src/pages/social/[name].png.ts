/**
 * The social cards, written at build time as social/<name>.png (1200 × 630): `story` for the
 * article, and one per scene id for the embed pages. See src/story/cards.ts.
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
	new Response(await renderCard(props.card.content), {
		headers: { 'content-type': 'image/png' },
	});
