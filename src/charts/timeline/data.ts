/** The timeline's data: every event with its sources, as CSV and as JSON. */
import { MEDIA_TYPES, type DataFile } from '../../lib/embed/downloads';
import { eventsCsv, eventsJson, type EventRecord } from '../../lib/embed/events-data';
import { timelineOrder } from '../../lib/timeline/order';
import type { StoryModel } from '../../story/load';

/** The timeline's data files: data/timeline-events.csv and .json, in the timeline's order. */
export function chartData(story: StoryModel): DataFile[] {
	const sources = new Map(story.sources.map((source) => [source.id, source]));
	const events = timelineOrder(story.events).map((event): EventRecord => ({
		id: event.id,
		date: event.date,
		time: event.time,
		timeZone: event.timeZone,
		sequence: event.sequence,
		title: event.title,
		summary: event.summary,
		category: event.category,
		status: event.status,
		places: event.places.map((place) => place.id),
		sources: event.sources.map(({ id }) => {
			const { outlet, title, date, url } = sources.get(id)!;
			return { id, outlet, title, date, url };
		}),
	}));
	const licence = story.article.dataLicence;
	return [
		{
			name: 'timeline-events.csv',
			label: 'Events (CSV)',
			type: MEDIA_TYPES.csv,
			body: eventsCsv(events),
		},
		{
			name: 'timeline-events.json',
			label: 'Events (JSON)',
			type: MEDIA_TYPES.json,
			body: eventsJson(events, licence),
		},
	];
}
