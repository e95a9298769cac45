import { z } from 'astro/zod';
import { text, type ReferenceFactory } from './common';
import { latitude, longitude } from './place';

/** The two graphics a step can show. */
export const GRAPHICS = ['map', 'timeline'] as const;

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

/** A view of one graphic that story steps can show (content/data/scenes.yaml). */
export const SceneSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** Which graphic: the map or the timeline. */
			graphic: z.enum(GRAPHICS),
			/** A short title, shown above the graphic. */
			title: text('title'),
			/** What the scene shows, in one sentence, for where it stands alone (embeds). */
			description: text('description'),
			/** Places a map scene frames; required for map scenes. */
			focus: z.array(reference('places')).default([]),
			/** Places a map scene shows without framing them. */
			context: z.array(reference('places')).default([]),
			/** Places whose surroundings a map scene marks as strike areas. */
			strikes: z.array(reference('places')).default([]),
			/** Missile routes a map scene draws. */
			routes: z.array(RouteSchema(reference)).default([]),
			/** Countries a map scene tints, by their Natural Earth name (src/data/region.topo.json). */
			countries: z.array(text('country')).default([]),
			/** A caption shown under the map in this scene. */
			note: text('note').optional(),
		})
		.refine((scene) => scene.graphic !== 'map' || scene.focus.length > 0, {
			message: 'a map scene needs at least one place to focus on',
			path: ['focus'],
		});

export type Scene = z.infer<ReturnType<typeof SceneSchema>>;
