import { formatDate } from '../dates';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):\d{2}(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function parts(dateTime: string): { date: string; hour: string; minute: string; zone: string } {
	const match = DATE_TIME.exec(dateTime);
	if (!match) throw new RangeError(`not an ISO 8601 date-time with a time zone: ${dateTime}`);
	return { date: match[1]!, hour: match[2]!, minute: match[3]!, zone: match[4]! };
}

/**
 * The calendar date of a date-time where it was written (`2026-12-01T00:30:00+01:00` is
 * 1 December, although in UTC it is still 30 November).
 */
export function localDate(dateTime: string): string {
	return parts(dateTime).date;
}

/** A date-time as the article prints it: "1 December 2026, 12:00 UTC" or "…, 08:00 UTC+01:00". */
export function formatDateTime(dateTime: string): string {
	const { date, hour, minute, zone } = parts(dateTime);
	const offset = zone === 'Z' || zone === '+00:00' || zone === '-00:00' ? '' : zone;
	return `${formatDate(date)}, ${hour}:${minute} UTC${offset}`;
}

/** Milliseconds since the epoch, for comparing date-times written in different zones. */
export function instant(dateTime: string): number {
	parts(dateTime);
	return Date.parse(dateTime);
}
