/** What the credit line needs of an event. */
interface SourcedEvent {
	places: readonly string[];
	sources: readonly string[];
}

/**
 * Ids of the sources behind a chart: those of the events that happened at any of `places`, or
 * of every event when `places` is omitted (the timeline). First-seen order, no repeats.
 */
export function chartSources(
	events: readonly SourcedEvent[],
	places?: readonly string[],
): string[] {
	const relevant = places
		? events.filter((event) => event.places.some((place) => places.includes(place)))
		: events;
	return [...new Set(relevant.flatMap((event) => event.sources))];
}

/** An outlet's name without the bracketed detail: "CNN (Barbara Starr…)" → "CNN". */
export function shortOutlet(outlet: string): string {
	return outlet.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The credit line's text: outlets in order, each once. */
export function creditLine(outlets: readonly string[]): string {
	return [...new Set(outlets.map(shortOutlet))].join('; ');
}
