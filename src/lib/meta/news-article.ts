import type { CorrectionComment, NewsArticle, WithContext } from 'schema-dts';

/** Who wrote the article, as schema.org describes an author. */
export interface AuthorInput {
	type: 'Organization' | 'Person';
	name: string;
	/** Absolute URL of the author's page, when it is known. */
	url?: string | undefined;
}

/** A published correction: when, and what it says. */
export interface CorrectionInput {
	/** ISO 8601 date-time with its time zone. */
	date: string;
	text: string;
}

/** What the NewsArticle structured data is built from. */
export interface NewsArticleInput {
	headline: string;
	description: string;
	/** ISO 8601 date-time with its time zone. */
	published: string;
	/** ISO 8601 date-time with its time zone. */
	modified: string;
	author: AuthorInput;
	/** BCP 47 language tag. */
	lang: string;
	/** Absolute URL of the page, when the site's origin is known. */
	url?: string | undefined;
	/** Absolute URLs of the article's images (16:9, 4:3 and 1:1), when the origin is known. */
	images?: string[] | undefined;
	/** The corrections published since, oldest first. */
	corrections?: CorrectionInput[] | undefined;
}

/**
 * schema.org NewsArticle for the story, typed against the schema.org vocabulary (schema-dts),
 * with each correction as a CorrectionComment. URLs and images are left out, not made
 * relative, when they are unknown: consumers expect absolute URLs there.
 */
export function newsArticle(input: NewsArticleInput): WithContext<NewsArticle> {
	const { author, url, images = [], corrections = [] } = input;
	const correction = corrections.map((item): CorrectionComment => ({
		'@type': 'CorrectionComment',
		datePublished: item.date,
		text: item.text,
	}));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: input.headline,
		description: input.description,
		datePublished: input.published,
		dateModified: input.modified,
		inLanguage: input.lang,
		author: [
			{ '@type': author.type, name: author.name, ...(author.url ? { url: author.url } : {}) },
		],
		...(images.length > 0 ? { image: images } : {}),
		...(url ? { url, mainEntityOfPage: url } : {}),
		...(correction.length > 0 ? { correction } : {}),
	};
}
