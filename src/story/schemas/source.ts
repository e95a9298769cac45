import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../../lib/status';
import { entryId, isoDate, text } from './common';
import { strict } from './strict';

/** A published source the article cites (content/data/sources.yaml). */
export const SourceSchema = strict(
	z
		.object({
			/** Unique in the file; what `sources:` lists and `<Cite id>` name. */
			id: entryId,
			/**
			 * The outlet, with the author or the agency it relies on where that matters; at most 150
			 * characters.
			 */
			outlet: text('outlet', 150),
			/**
			 * The headline, exactly; or a description in [square brackets] where none was checked; at most
			 * 300 characters.
			 */
			title: text('title', 300),
			/** Publication date. */
			date: isoDate,
			/** True where the outlet shows no date and `date` is inferred. */
			circa: z.boolean().default(false),
			/** Where only a span of days is known: its last day (`date` is the first). */
			until: isoDate.optional(),
			/** Link to the piece; omitted where only a mirror could be found. */
			url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
			/** official, agency, press or research. */
			kind: z.enum(SOURCE_KINDS),
		})
		.refine((source) => !source.until || source.until > source.date, {
			message: 'must be a later day than date',
			path: ['until'],
		}),
);

export type Source = z.infer<typeof SourceSchema>;
