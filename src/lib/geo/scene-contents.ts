import type { MapRoute, MapScene } from './types';

/** One leg of a route, from a place through waypoints to one target. */
export interface RouteLeg {
	id: string;
	from: string;
	via: { lat: number; lon: number }[];
	to: string;
}

/** What a scene puts on the map, by place id. */
export interface SceneContents {
	/** Places the frame must contain. */
	framed: string[];
	/** Every place with a marker or a shape in the scene. */
	shown: string[];
	strikes: string[];
	routes: RouteLeg[];
	countries: string[];
}

/**
 * Resolves a scene into the ids it frames and shows. A route shows its start and its targets
 * (the places it connects must be on the map), and a strike area shows the place it surrounds.
 */
export function sceneContents(scene: MapScene): SceneContents {
	const ids = (list: readonly { id: string }[] = []) => list.map((item) => item.id);
	const routes = (scene.routes ?? []).flatMap(legs);
	const framed = ids(scene.focus);
	const strikes = ids(scene.strikes);
	const shown = [
		...framed,
		...ids(scene.context),
		...strikes,
		...routes.flatMap((route) => [route.from, route.to]),
	];
	return {
		framed,
		shown: [...new Set(shown)],
		strikes,
		routes,
		countries: scene.countries ?? [],
	};
}

function legs(route: MapRoute): RouteLeg[] {
	return route.to.map((target) => ({
		id: `${route.from.id}-${target.id}`,
		from: route.from.id,
		via: route.via ?? [],
		to: target.id,
	}));
}
