/**
 * What the chart registry (./registry.ts) knows of each kind of chart. A kind lives in its own
 * folder, `src/charts/<kind>/`, named by its `kind`:
 *   chart.ts        its ChartDefinition (this file's shape), pure: the registry imports it
 *   Graphic.astro   its layer of the story's sticky graphic, with its client script (client/);
 *                   props `{ story: StoryModel }`; found by ./graphics.ts
 *   EmbedPage.astro its embed page, /embed/<kind>/[...scene]; the route is injected by
 *                   tools/lib/chart-routes.mjs, and `embedPaths(kind)` gives its static paths
 *   card.ts         optional: `cardPicture(story, sceneId)`, the picture on a scene's social
 *                   card; found by ./cards.ts
 *   data.ts         optional: `chartData(story)`, the data behind its charts as files to
 *                   download (src/lib/embed/downloads.ts); found by ./data.ts
 */
import type { z } from 'astro/zod';
import type { ReferenceFactory } from '../story/schemas/common';

/** How a kind's charts are published for other sites. */
export type EmbedPolicy =
	/** Every scene of the kind is its own chart: /embed/<kind>/<scene>/. */
	| 'per-scene'
	/** The kind is one chart whatever the scene: /embed/<kind>/, from its first scene. */
	| 'single';

/** A kind of chart a scene can show. */
export interface ChartDefinition<Kind extends string = string> {
	/** The `graphic` value of its scenes in content/data/scenes.yaml, and its folder's name. */
	kind: Kind;
	/** What readers call it, before a scene's title: "Map" in "Map: The Caspian launch". */
	label: string;
	/**
	 * The zod schema of its scenes, given Astro's `reference()` (or a test's stand-in). It must
	 * have `graphic: z.literal(kind)`; build it with `sceneSchema` from src/story/schemas/scene.ts.
	 */
	scene: (reference: ReferenceFactory) => z.ZodObject<{ graphic: z.ZodLiteral<Kind> }>;
	/** How its charts are embedded. */
	embed: EmbedPolicy;
	/** Credit for what the chart draws beyond its sources (the map's base geography), if any. */
	credit?: string;
	/** The reusable component the gallery documents: its name, its file and a usage line. */
	component: { name: string; file: string; usage: string };
}
