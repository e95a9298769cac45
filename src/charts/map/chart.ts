/** The map: a view of the region framing some places, with strikes, areas and routes. */
import { z } from 'astro/zod';
import { latitude, longitude } from '../../story/schemas/place';
import { sceneSchema } from '../../story/schemas/scene-base';
import { text, type ReferenceFactory } from '../../story/schemas/common';
import type { ChartDefinition } from '../types';

/** Missiles drawn from one place to each of several targets (content/data/scenes.yaml). */
const RouteSchema = (reference: ReferenceFactory) =>
	z.object({
		/** Where the route starts. */
		from: reference('places'),
		/** Waypoints in between, in order; each leg is drawn as a great-circle arc. */
		via: z.array(z.object({ lat: latitude, lon: longitude })).default([]),
		/** The targets: one route is drawn to each. */
		to: z.array(reference('places')).min(1, 'a route needs at least one target'),
	});

const NEEDS_FOCUS = 'a map scene needs at least one place to focus on';

export const mapChart = {
	kind: 'map',
	label: 'Map',
	scene: (reference) =>
		sceneSchema('map', {
			/** Places the scene frames (they are also drawn, and always labelled); at least one. */
			focus: z.array(reference('places'), { error: NEEDS_FOCUS }).min(1, NEEDS_FOCUS),
			/** Places the scene shows without framing them. */
			context: z.array(reference('places')).default([]),
			/** Places whose surroundings the scene marks as strike areas. */
			strikes: z.array(reference('places')).default([]),
			/** Missile routes the scene draws. */
			routes: z.array(RouteSchema(reference)).default([]),
			/** Countries the scene tints, by their Natural Earth name (the region's TopoJSON). */
			countries: z.array(text('country')).default([]),
			/** A caption shown under the map in this scene. */
			note: text('note').optional(),
		}),
	embed: 'per-scene',
	credit: 'Map: Natural Earth',
	component: {
		name: 'StoryMap',
		file: 'src/charts/map/StoryMap.astro',
		usage: `<StoryMap topology={region} places={places} scenes={scenes}
  scene="caspian-launch" layout="static" title="Map: the Caspian launch" />`,
	},
} as const satisfies ChartDefinition<'map'>;
