import { sceneContents } from '../geo/scene-contents';
import type { MapPlace, MapScene } from '../geo/types';

/** What the credit line needs of an event. */
interface SourcedEvent {
	places: readonly string[];
	sources: readonly string[];
}

/**
 * Ids of the sources behind a chart: those of the events that happened at any of `places`, or
 * of every event when `places` is omitted (the timeline). Events at a place listed earlier
 * come first (a map lists what it frames first); no repeats.
 */
export function chartSources(
	events: readonly SourcedEvent[],
	places?: readonly string[],
): string[] {
	const rank = (event: SourcedEvent) =>
		Math.min(...event.places.map((place) => places!.indexOf(place)).filter((at) => at >= 0));
	const relevant = places
		? events
				.filter((event) => event.places.some((place) => places.includes(place)))
				.map((event) => ({ event, rank: rank(event) }))
				.sort((a, b) => a.rank - b.rank)
				.map(({ event }) => event)
		: events;
	return [...new Set(relevant.flatMap((event) => event.sources))];
}

/**
 * The places a map scene draws, framed ones first: its focus, context, strike areas and the
 * ends of its routes, and for a ring ("about 35 km from the town") the places at its centre,
 * since the ring stands for their surroundings.
 */
export function drawnPlaces(scene: MapScene, places: readonly MapPlace[]): string[] {
	const centres = (id: string) => {
		const ring = places.find((place) => place.id === id && place.distanceKm);
		if (!ring) return [];
		return places
			.filter((place) => place.id !== id && place.lat === ring.lat && place.lon === ring.lon)
			.map((place) => place.id);
	};
	return [...new Set(sceneContents(scene).shown.flatMap((id) => [id, ...centres(id)]))];
}

/** Ids of the sources behind what a map scene draws (see `drawnPlaces`), framed ones first. */
export function mapSources(
	scene: MapScene,
	places: readonly MapPlace[],
	events: readonly SourcedEvent[],
): string[] {
	return chartSources(events, drawnPlaces(scene, places));
}

/** An outlet's name without the bracketed detail: "CNN (Barbara Starr…)" → "CNN". */
export function shortOutlet(outlet: string): string {
	return outlet.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

/** The credit line's text: outlets in order, each once. */
export function creditLine(outlets: readonly string[]): string {
	return [...new Set(outlets.map(shortOutlet))].join('; ');
}
