import { formatDate } from '../dates';
import { statusWord, type Category } from '../status';
import type { TimelineEvent } from './types';

/** What each category is called in legends and labels. */
export const CATEGORY_LABEL: Record<Category, string> = {
	military: 'Military action',
	diplomatic: 'Political or diplomatic',
	report: 'Media report',
	denial: 'Denial',
};

/** The three lines of an axis tick: "Wed", "7", "Oct". */
export function tickLabel(isoDate: string): { weekday: string; day: string; month: string } {
	const [weekday = ''] = formatDate(isoDate, 'weekday').split(' ');
	const [day = '', month = ''] = formatDate(isoDate, 'short').split(' ');
	return { weekday: weekday.slice(0, 3), day, month };
}

/** "Wed 7 Oct": a day named the way readers keep track of a week. */
export function shortDay(isoDate: string): string {
	const { weekday, day, month } = tickLabel(isoDate);
	return `${weekday} ${day} ${month}`;
}

/** "12:08 Istanbul time": a time of day with the place whose clock it is. */
export function formatTime(time: string, timeZone: string): string {
	const city = timeZone.split('/').at(-1)!.replaceAll('_', ' ');
	return timeZone === 'UTC' ? `${time} UTC` : `${time} ${city} time`;
}

/** When an event happened, in words: "Saturday 3 October, 12:08 Istanbul time". */
export function eventWhen(event: Pick<TimelineEvent, 'date' | 'time' | 'timeZone'>): string {
	const day = formatDate(event.date, 'weekday');
	return event.time && event.timeZone ? `${day}, ${formatTime(event.time, event.timeZone)}` : day;
}

/** The name a mark is announced by: when, what, what kind of event and how well sourced. */
export function eventLabel(event: TimelineEvent): string {
	const kind = CATEGORY_LABEL[event.category];
	return `${eventWhen(event)}: ${event.title}. ${kind}. Status: ${statusWord(event.status, event.category)}.`;
}
