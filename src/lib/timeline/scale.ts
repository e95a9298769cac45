import { dayNumber, dayRange } from './days';

/**
 * A band scale over calendar days: each day takes an equal share of the width and an event sits
 * at the centre of its day. Positions are fractions of the width (0 to 1), so the same numbers
 * draw the chart at any width as SVG percentages.
 */
export interface DayScale {
	/** The centre of `date`'s band. Throws for a date outside the range. */
	(date: string): number;
	/** Every day in the range, in order: the axis ticks. */
	days: readonly string[];
	/** The share of the width one day takes. */
	bandwidth: number;
}

/** A day scale from `first` to `last`, both included. */
export function dayScale(first: string, last: string): DayScale {
	const days = dayRange(first, last);
	if (days.length === 0)
		throw new RangeError(`the range ends (${last}) before it starts (${first})`);
	const origin = dayNumber(first);
	const bandwidth = 1 / days.length;
	const scale = (date: string): number => {
		const index = dayNumber(date) - origin;
		if (index < 0 || index >= days.length) {
			throw new RangeError(`${date} is outside the timeline, ${first} to ${last}`);
		}
		return (index + 0.5) * bandwidth;
	};
	return Object.assign(scale, { days, bandwidth });
}

/** The first and last dates among `items` (ISO dates sort as strings). */
export function dateExtent(items: readonly { date: string }[]): [string, string] {
	if (items.length === 0) throw new RangeError('a timeline needs at least one event');
	const dates = items.map((item) => item.date).sort();
	return [dates[0]!, dates.at(-1)!];
}
