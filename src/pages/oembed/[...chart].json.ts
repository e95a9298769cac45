/**
 * One oEmbed response per embeddable chart, oembed/<kind>[/<scene>].json, found through the
 * discovery links in the chart's embed page and in the story (src/components/OembedLinks.astro).
 * oEmbed needs absolute URLs, so without SITE the build writes none and says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CARD_HEIGHT, CARD_WIDTH } from '../../lib/card/layout';
import { oembedRich } from '../../lib/embed/oembed';
import { provisionalHeight } from '../../lib/embed/reserve';
import { embedPageUrl, iframeCode } from '../../lib/embed/snippets';
import { withBase } from '../../lib/meta/with-base';
import { chartDefinition } from '../../charts/registry';
import { cardPath } from '../../story/cards';
import { loadEmbeds, type EmbedPage } from '../../story/embeds';
import { loadStory } from '../../story/load';

/** The width the plain iframe in the response asks for: a typical article column. */
const WIDTH = 720;

export const getStaticPaths = (async () => {
	if (!import.meta.env.SITE) {
		console.warn(
			'[oembed] oEmbed needs absolute URLs: set SITE (and BASE_PATH) to write oembed/*.json and the discovery links. Left out of this build.',
		);
		return [];
	}
	return (await loadEmbeds()).map((chart) => ({ params: { chart: chart.path }, props: { chart } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: EmbedPage }> = async ({ props: { chart }, site }) => {
	const { article } = await loadStory();
	const root = new URL(withBase(import.meta.env.BASE_URL), site).href;
	const title = `${chartDefinition(chart.graphic).label}: ${chart.title}`;
	const height = provisionalHeight(WIDTH);
	const response = oembedRich({
		title,
		author: article.author,
		provider: { name: article.author, url: root },
		html: iframeCode({ src: embedPageUrl(chart.path, root), title, height }),
		width: WIDTH,
		height,
		thumbnail: {
			url: new URL(cardPath(chart.scene), root).href,
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
		},
	});
	return new Response(`${JSON.stringify(response, null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
};
