import { z } from 'astro/zod';
import { isoDate, slug, text } from './common';

/** The article's own metadata (content/data/article.yaml). */
export const ArticleSchema = z
	.object({
		/** The headline. */
		headline: text('headline'),
		/** The standfirst: two or three sentences under the headline. */
		standfirst: text('standfirst'),
		/** First publication date. */
		published: isoDate,
		/** Last substantive update; not before `published`. */
		modified: isoDate,
		/** The organisation credited as author. */
		author: text('author'),
		/** The scene drawn on the story's own social card: a scene id from scenes.yaml. */
		card: slug,
		/** BCP 47 language tag of the text. */
		lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a language tag such as en-GB'),
	})
	.refine((article) => article.modified >= article.published, {
		message: 'modified must not be before published',
		path: ['modified'],
	});

export type Article = z.infer<typeof ArticleSchema>;
