/** What the NewsArticle structured data is built from. */
export interface NewsArticleInput {
	headline: string;
	description: string;
	/** YYYY-MM-DD. */
	published: string;
	/** YYYY-MM-DD. */
	modified: string;
	/** The organisation credited as author. */
	author: string;
	/** BCP 47 language tag. */
	lang: string;
	/** Absolute URL of the page, when the site's origin is known. */
	url?: string | undefined;
	/** Absolute URL of the social card, when the site's origin is known. */
	image?: string | undefined;
}

/**
 * schema.org NewsArticle for the story, author credited as an Organization. URL and image are
 * left out, not made relative, when they are unknown: consumers expect absolute URLs there.
 */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: input.headline,
		description: input.description,
		datePublished: input.published,
		dateModified: input.modified,
		inLanguage: input.lang,
		author: [{ '@type': 'Organization', name: input.author }],
		...(input.image ? { image: [input.image] } : {}),
		...(input.url ? { url: input.url, mainEntityOfPage: input.url } : {}),
	};
}
