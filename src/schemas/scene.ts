import { z } from 'astro/zod';
import { text, type ReferenceFactory } from './common';

/** The two graphics a step can show. */
export const GRAPHICS = ['map', 'timeline'] as const;

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
		})
		.refine((scene) => scene.graphic !== 'map' || scene.focus.length > 0, {
			message: 'a map scene needs at least one place to focus on',
			path: ['focus'],
		});

export type Scene = z.infer<ReturnType<typeof SceneSchema>>;
