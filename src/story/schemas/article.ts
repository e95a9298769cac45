import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';
import { strict } from './strict';

/** The article's own metadata (content/data/article.yaml). */
export const ArticleSchema = strict(
	z
		.object({
			/** The headline; at most 140 characters (the social card fits it at a readable size). */
			headline: text('headline', 140),
			/** The standfirst: two or three sentences under the headline; at most 400 characters. */
			standfirst: text('standfirst', 400),
			/** First publication date. */
			published: isoDate,
			/** Last substantive update; not before `published`. */
			modified: isoDate,
			/** The organisation credited as author; at most 100 characters. */
			author: text('author', 100),
			/** The scene drawn on the story's own social card: a scene id from scenes.yaml. */
			card: slug,
			/**
			 * The licence of the data behind the charts (the files under data/): the line shown beside
			 * every link to them (at most 200 characters), and the licence's own page.
			 */
			dataLicence: z.object({
				text: text('dataLicence.text', 200),
				url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
			}),
			/** BCP 47 language tag of the text. */
			lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en-GB'),
		})
		.refine((article) => article.modified >= article.published, {
			message: 'modified must not be before published',
			path: ['modified'],
		}),
);

export type Article = z.infer<typeof ArticleSchema>;
