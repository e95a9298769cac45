import { formatDateTime, instant } from './date-time';

/** Where the feed is written, relative to the site's base path. */
export const FEED_PATH = 'feed.xml';

/** The anchor of the article's `index`-th update (0 the oldest), on the page and in the feed. */
export function updateAnchor(index: number): string {
	return `update-${index + 1}`;
}

/** One item of the RSS feed, with absolute links. */
export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
}

/** What the feed says about the article. */
export interface FeedInput {
	headline: string;
	standfirst: string;
	/** ISO 8601 date-time with its time zone. */
	published: string;
	updates: { date: string; kind: 'correction' | 'update'; change: string; reason: string }[];
}

/**
 * The feed's items, newest first: the story itself, and one item per correction or update,
 * linking to its entry under "Updates and corrections". `storyUrl` is the story's absolute URL.
 */
export function feedItems(article: FeedInput, storyUrl: string): FeedItem[] {
	const story: FeedItem = {
		title: article.headline,
		link: storyUrl,
		pubDate: new Date(instant(article.published)),
		description: article.standfirst,
	};
	const updates = article.updates.map((update, index): FeedItem => ({
		title: `${update.kind === 'correction' ? 'Correction' : 'Update'}, ${formatDateTime(update.date)}: ${article.headline}`,
		link: `${storyUrl}#${updateAnchor(index)}`,
		pubDate: new Date(instant(update.date)),
		description: `${update.change} ${update.reason}`,
	}));
	return [story, ...updates].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}
