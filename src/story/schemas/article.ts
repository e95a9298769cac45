import { z } from 'astro/zod';
import { slug, text } from './common';
import { strict } from './strict';

/**
 * A moment written as an ISO 8601 date-time with its time zone's offset:
 * `2026-11-25T09:00:00+00:00` (or `Z` for UTC). The offset is required, so a reader anywhere
 * (and a search engine) gets the right instant; the page shows the date and time as written.
 */
export const isoDateTime = z.iso.datetime({
	offset: true,
	error: 'must be a date-time with its time zone, written YYYY-MM-DDTHH:MM:SS+HH:MM (or Z for UTC)',
});

/** One entry of the article's `updates`: a correction or an update, dated, with its reason. */
export const UpdateSchema = z.object({
	/** When the change was published, with its time zone. */
	date: isoDateTime,
	/**
	 * `correction` when the article had something wrong (published as a schema.org
	 * CorrectionComment), `update` when it adds or changes something that was right.
	 */
	kind: z.enum(['correction', 'update'], { error: 'must be correction or update' }),
	/** What changed, in words for readers; at most 600 characters. */
	change: text('change'),
	/** Why it changed; at most 300 characters. */
	reason: text('reason', 300),
});

/** A part of the page after the story's sections: its heading and the paragraph under it. */
const endPart = (name: string) =>
	z.object({
		/** The part's heading; at most 100 characters. */
		title: text(`page.${name}.title`, 100),
		/** The paragraph under the heading; at most 400 characters. */
		intro: text(`page.${name}.intro`, 400),
	});

/**
 * The words on the story page around its sections, so that everything a reader sees comes from
 * the content. The sections themselves come from story/*.mdx.
 */
export const PageTextSchema = z.object({
	/** The small line above the headline ("Explainer"); at most 40 characters. */
	kicker: text('page.kicker', 40),
	/**
	 * The claims and open questions. The statuses' meanings follow the intro, in the words the
	 * badges use everywhere else.
	 */
	known: endPart('known'),
	/** The full timeline's heading and the sentence that says how to read it. */
	timeline: z.object({
		title: text('page.timeline.title', 100),
		description: text('page.timeline.description', 600),
	}),
	/** The numbered source list, and the line before the links to the data files. */
	sources: endPart('sources').extend({ dataLead: text('page.sources.dataLead', 100) }),
	/** The heading of the updates and corrections; at most 100 characters. */
	updatesTitle: text('page.updatesTitle', 100),
	/** The line in the page's footer; at most 400 characters. */
	footer: text('page.footer', 400),
});

/** The article's own metadata (content/data/article.yaml). */
export const ArticleSchema = strict(
	z
		.object({
			/** The headline; at most 140 characters (the social card fits it at a readable size). */
			headline: text('headline', 140),
			/** The standfirst: two or three sentences under the headline; at most 400 characters. */
			standfirst: text('standfirst', 400),
			/** First publication, as a date-time with its time zone. */
			published: isoDateTime,
			/**
			 * Last substantive change, as a date-time with its time zone: not before `published`,
			 * nor before the latest of `updates`. The byline's "Updated" shows it.
			 */
			modified: isoDateTime,
			/** Who is credited as author, an organisation or a person; at most 100 characters. */
			author: text('author', 100),
			/** Whether the author is an `Organization` (the default) or a `Person`. */
			authorType: z
				.enum(['Organization', 'Person'], { error: 'must be Organization or Person' })
				.default('Organization'),
			/**
			 * The author's page: an absolute http(s) URL, or a path on the publisher's domain
			 * (`/about/desk/`), which the build makes absolute with SITE.
			 */
			authorUrl: z.union(
				[
					z.url({ protocol: /^https?$/ }),
					z.string().regex(/^\/(?!\/)[^\s]*$/, 'must be a path from the domain root'),
				],
				{ error: 'must be an http(s) URL or a path from the domain root, such as /about/' },
			),
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
			/**
			 * Corrections and updates since publication, oldest first: shown at the end of the
			 * article as "Updates and corrections", and in its structured data and feed.
			 */
			updates: z.array(UpdateSchema).default([]),
			/** The words on the page around the story's sections. */
			page: PageTextSchema,
		})
		.superRefine((article, context) => {
			const at = (value: string) => Date.parse(value);
			if (at(article.modified) < at(article.published)) {
				context.addIssue({
					code: 'custom',
					message: 'modified must not be before published',
					path: ['modified'],
				});
			}
			article.updates.forEach((update, index) => {
				const problem =
					at(update.date) < at(article.published)
						? 'must not be before published'
						: at(update.date) > at(article.modified)
							? `must not be after modified (${article.modified}): bump modified with each update`
							: index > 0 && at(update.date) < at(article.updates[index - 1]!.date)
								? 'updates must be listed oldest first'
								: undefined;
				if (problem) {
					context.addIssue({ code: 'custom', message: problem, path: ['updates', index, 'date'] });
				}
			});
		}),
);

export type Article = z.infer<typeof ArticleSchema>;
/** The words on the story page around its sections. */
export type PageText = z.infer<typeof PageTextSchema>;
/** One correction or update of the article. */
export type ArticleUpdate = z.infer<typeof UpdateSchema>;
