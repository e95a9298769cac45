/**
 * feed.xml: an RSS 2.0 feed of the story and its corrections and updates, newest first, so a
 * reader's feed app shows a correction when it is made. Written only with SITE, like the
 * sitemap: feed readers need absolute links. (A dynamic route, so that without SITE it has no
 * paths and no file is written.)
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../lib/meta/absolute-url';
import { FEED_PATH, feedItems } from '../lib/meta/feed';
import { withBase } from '../lib/meta/with-base';
import { loadStory } from '../story/load';

export const getStaticPaths = (() =>
	import.meta.env.SITE
		? [{ params: { feed: FEED_PATH.replace(/\.xml$/, '') } }]
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
	const { article } = await loadStory();
	const base = import.meta.env.BASE_URL;
	const story = absoluteUrl(withBase(base), site)!;
	const self = absoluteUrl(withBase(base, FEED_PATH), site)!;
	const items = feedItems(article, story);
	return rss({
		title: article.headline,
		description: article.standfirst,
		site: story,
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom' },
		customData: [
			`<language>${article.lang.toLowerCase()}</language>`,
			`<lastBuildDate>${items[0]!.pubDate.toUTCString()}</lastBuildDate>`,
			`<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
		].join(''),
	});
};
