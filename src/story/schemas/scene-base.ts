import { z } from 'astro/zod';
import { text } from './common';

/**
 * A scene's schema for one chart kind: what every scene has (its graphic, title and
 * description) and the kind's own fields. Chart definitions (src/charts/<kind>/chart.ts) use it.
 */
export function sceneSchema<Kind extends string, Shape extends z.ZodRawShape>(
	kind: Kind,
	fields: Shape,
) {
	return z.object({
		/** Which chart shows the scene: a kind registered in src/charts/registry.ts. */
		graphic: z.literal(kind),
		/** A short title, shown above the graphic. */
		title: text('title'),
		/** What the scene shows, in one sentence, for where it stands alone (embeds, cards). */
		description: text('description'),
		/**
		 * The chart's overview: what it shows without JavaScript, in print and before any step is
		 * active. At most one scene of a kind says so; otherwise it is the first step's scene.
		 */
		overview: z.boolean().default(false),
		...fields,
	});
}
