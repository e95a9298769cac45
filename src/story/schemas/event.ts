import { z } from 'astro/zod';
import { CATEGORIES, STATUSES } from '../../lib/status';
import { entryId, isoDate, text, type ReferenceFactory } from './common';
import { strict } from './strict';

/** A dated event on the timeline (content/data/events.yaml). */
export const EventSchema = (reference: ReferenceFactory) =>
	strict(
		z
			.object({
				/** Unique in the file; what a step's `events:` names. */
				id: entryId,
				/** The day, local to where it happened. */
				date: isoDate,
				/** Time of day, `HH:MM`, only where a source gives it. Needs `timeZone`. */
				time: z
					.string()
					.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time written HH:MM')
					.optional(),
				/** IANA time zone of `time`, e.g. Europe/Istanbul. */
				timeZone: z
					.string()
					.refine(isTimeZone, 'must be an IANA time zone such as Europe/Istanbul')
					.optional(),
				/**
				 * Where the sources show the order of a day's events but not their times: 1 for the day's
				 * first, 2 for what came after it. Events that share a number, or have none (they come
				 * last), have no known order between them.
				 */
				sequence: z.number().int().positive().optional(),
				/** A short title, a few words; at most 80 characters. */
				title: text('title', 80),
				/** One sentence on what happened; at most 400 characters. */
				summary: text('summary', 400),
				/** military, diplomatic, report or denial. */
				category: z.enum(CATEGORIES),
				/** confirmed, reported, disputed or denied. */
				status: z.enum(STATUSES),
				/** Sources for the event; at least one. */
				sources: z.array(reference('sources')).min(1, 'an event needs at least one source'),
				/** Places on the map where it happened. */
				places: z.array(reference('places')).default([]),
			})
			.refine((event) => !event.time || event.timeZone, {
				message: 'a time of day needs a timeZone',
				path: ['timeZone'],
			}),
	);

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export type StoryEvent = z.infer<ReturnType<typeof EventSchema>>;
