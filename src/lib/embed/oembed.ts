/**
 * oEmbed (https://oembed.com, version 1.0) for the embeddable charts: one static JSON response
 * per chart, of type `rich`, found through a discovery link in the pages that show the chart.
 */

/** The discovery link's `type`. */
export const OEMBED_TYPE = 'application/json+oembed';

/** Where a chart's oEmbed response is written, relative to the site's base. */
export function oembedPath(chartPath: string): string {
	return `oembed/${chartPath}.json`;
}

/** An oEmbed 1.0 `rich` response, with a thumbnail. */
export interface OembedRich {
	version: '1.0';
	type: 'rich';
	title: string;
	author_name: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/** What an oEmbed response is made from; every URL absolute. */
export interface OembedInput {
	title: string;
	author: string;
	provider: { name: string; url: string };
	/** The plain iframe code, and the width and height it asks for in px. */
	html: string;
	width: number;
	height: number;
	thumbnail: { url: string; width: number; height: number };
}

/** The oEmbed response for one chart. Throws on a relative URL: consumers need absolute ones. */
export function oembedRich({
	title,
	author,
	provider,
	html,
	width,
	height,
	thumbnail,
}: OembedInput): OembedRich {
	for (const url of [provider.url, thumbnail.url]) {
		if (!URL.canParse(url)) throw new RangeError(`oEmbed needs absolute URLs, got "${url}"`);
	}
	return {
		version: '1.0',
		type: 'rich',
		title,
		author_name: author,
		provider_name: provider.name,
		provider_url: provider.url,
		html,
		width: Math.round(width),
		height: Math.round(height),
		thumbnail_url: thumbnail.url,
		thumbnail_width: thumbnail.width,
		thumbnail_height: thumbnail.height,
	};
}
