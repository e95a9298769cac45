const MONTHS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
];
const LONG_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parts(isoDate: string): [number, number, number] {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
	return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * Formats `YYYY-MM-DD` as the article writes dates. Works on the calendar date itself, never
 * through a Date in the local time zone, so a build in any TZ prints the same day.
 * `short`: "7 Oct 2015"; `long`: "7 October 2015"; `weekday`: "Wednesday 7 October".
 */
export function formatDate(isoDate: string, style: 'short' | 'long' | 'weekday' = 'long'): string {
	const [year, month, day] = parts(isoDate);
	if (style === 'short') return `${day} ${MONTHS[month - 1]} ${year}`;
	if (style === 'long') return `${day} ${LONG_MONTHS[month - 1]} ${year}`;
	const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
	return `${weekday} ${day} ${LONG_MONTHS[month - 1]}`;
}

/**
 * A span of days in the short style, naming a shared month and year once: "9–10 Oct 2015",
 * "30 Sept – 1 Oct 2015". Without `to` (or with the same day), one date.
 */
export function formatDateRange(from: string, to?: string): string {
	if (!to || to === from) return formatDate(from, 'short');
	const [fromYear, fromMonth, fromDay] = parts(from);
	const [toYear, toMonth] = parts(to);
	const end = formatDate(to, 'short');
	if (fromYear !== toYear) return `${formatDate(from, 'short')} – ${end}`;
	if (fromMonth !== toMonth) return `${fromDay} ${MONTHS[fromMonth - 1]} – ${end}`;
	return `${fromDay}–${end}`;
}
