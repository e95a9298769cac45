import type { Category, Status } from '../status';

/**
 * What the timeline needs of an event. The story's EventModel fits it as it is; another story
 * (or an embed) can build these from its own data.
 */
export interface TimelineEvent {
	id: string;
	/** The day, `YYYY-MM-DD`, local to where it happened. */
	date: string;
	/** Time of day `HH:MM`, with its IANA zone, where a source gives it. */
	time?: string | undefined;
	timeZone?: string | undefined;
	/** Its place among the day's events where the sources give the order but not the time. */
	sequence?: number | undefined;
	title: string;
	/** One sentence. */
	summary: string;
	category: Category;
	status: Status;
	/** The sources, by id, in the order to cite them. */
	sources: readonly { id: string }[];
}

/** A source as the timeline cites it: the number it has in the page's list of sources. */
export interface TimelineSource {
	id: string;
	number: number;
	outlet: string;
}
