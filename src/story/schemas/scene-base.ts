import { z } from 'astro/zod';
import { entryId, text } from './common';

/**
 * A scene's schema for one chart kind: what every scene has (its graphic, title and
 * description) and the kind's own fields. Chart definitions (src/charts/<kind>/chart.ts) use it.
 * It need not be strict itself: src/story/schemas/scene.ts makes every kind's schema refuse
 * unknown keys, nested ones included, when it combines them.
 */
export function sceneSchema<Kind extends string, Shape extends z.ZodRawShape>(
	kind: Kind,
	fields: Shape,
) {
	return z.object({
		/** Unique in the file; what a step's `scene:` names. */
		id: entryId,
		/** Which chart shows the scene: a kind registered in src/charts/registry.ts. */
		graphic: z.literal(kind),
		/** A short title, shown above the graphic; at most 80 characters. */
		title: text('title', 80),
		/**
		 * What the scene shows, in one sentence, for where it stands alone (embeds, cards); at most
		 * 400 characters.
		 */
		description: text('description', 400),
		/**
		 * The chart's overview: what it shows without JavaScript, in print and before any step is
		 * active. At most one scene of a kind says so; otherwise it is the first step's scene.
		 */
		overview: z.boolean().default(false),
		...fields,
	});
}
