const DAY_MS = 86_400_000;

/**
 * Days since 1 January 1970 of a `YYYY-MM-DD` calendar date. Uses Date.UTC only, never the
 * local time zone, so every machine counts the same days.
 */
export function dayNumber(isoDate: string): number {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
	return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

/** The `YYYY-MM-DD` date of a day number (the inverse of dayNumber). */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Every calendar day from `first` to `last`, both included, as `YYYY-MM-DD`. */
export function dayRange(first: string, last: string): string[] {
	const start = dayNumber(first);
	const end = dayNumber(last);
	return Array.from({ length: Math.max(0, end - start + 1) }, (_, index) => isoDay(start + index));
}
