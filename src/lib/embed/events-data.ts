/**
 * The timeline's events as data: a JSON document, and a CSV table with one row per event
 * (written by d3-dsv, which quotes what needs quoting), its sources in numbered columns.
 */
import { csvFormatRow } from 'd3-dsv';
import type { TimelineEvent } from '../timeline/types';
import type { DataLicence } from './downloads';

/** A source as the data files give it. */
export interface SourceRecord {
	id: string;
	outlet: string;
	title: string;
	/** Publication date, YYYY-MM-DD. */
	date: string;
	url?: string | undefined;
}

/** An event as the data files give it: the timeline's event, with its places and full sources. */
export type EventRecord = Omit<TimelineEvent, 'sources'> & {
	/** Ids of the places it happened at (the `id` of the places data). */
	places: string[];
	sources: SourceRecord[];
};

const SOURCE_FIELDS = ['outlet', 'title', 'url'] as const;

/** The CSV's columns, given the most sources any event has. */
export function eventColumns(maxSources: number): string[] {
	const sources = Array.from({ length: maxSources }, (_, index) =>
		SOURCE_FIELDS.map((field) => `source_${index + 1}_${field}`),
	);
	return [
		'id',
		'date',
		'time',
		'time_zone',
		'sequence',
		'title',
		'summary',
		'category',
		'status',
		'places',
		...sources.flat(),
	];
}

/**
 * The events as CSV (RFC 4180): one row per event; `places` holds place ids separated by spaces
 * (ids have none); an event's sources fill `source_<n>_outlet`, `_title` and `_url`, n from 1.
 */
export function eventsCsv(events: readonly EventRecord[]): string {
	const maxSources = Math.max(0, ...events.map((event) => event.sources.length));
	const rows = events.map((event) => {
		const row: Record<string, string> = {
			id: event.id,
			date: event.date,
			time: event.time ?? '',
			time_zone: event.timeZone ?? '',
			sequence: event.sequence === undefined ? '' : String(event.sequence),
			title: event.title,
			summary: event.summary,
			category: event.category,
			status: event.status,
			places: event.places.join(' '),
		};
		event.sources.forEach((source, index) => {
			for (const field of SOURCE_FIELDS) row[`source_${index + 1}_${field}`] = source[field] ?? '';
		});
		return row;
	});
	const columns = eventColumns(maxSources);
	const lines = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))];
	// CRLF between records, as RFC 4180 and spreadsheet programs expect; a line break inside a
	// field stays as written, quoted.
	return `${lines.map(csvFormatRow).join('\r\n')}\r\n`;
}

/** The events as a JSON document, with the licence they are published under. */
export function eventsJson(events: readonly EventRecord[], licence: DataLicence): string {
	return `${JSON.stringify({ licence, events }, null, '\t')}\n`;
}
