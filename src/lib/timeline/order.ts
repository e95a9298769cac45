import type { TimelineEvent } from './types';

type Ordered = Pick<TimelineEvent, 'id' | 'date' | 'time' | 'sequence'>;

const rank = (event: Ordered) => event.sequence ?? Number.MAX_SAFE_INTEGER;

/**
 * Sorts events as the timeline shows them: by day; within a day by `sequence`, then by time of
 * day, and otherwise by id, so the order never depends on how a loader happened to list them.
 * Returns a new array.
 */
export function timelineOrder<T extends Ordered>(events: readonly T[]): T[] {
	return [...events].sort(
		(a, b) =>
			a.date.localeCompare(b.date) ||
			rank(a) - rank(b) ||
			(a.time ?? '').localeCompare(b.time ?? '') ||
			a.id.localeCompare(b.id),
	);
}
