/**
 * Each chart kind's layer of the story's sticky graphic (src/charts/<kind>/Graphic.astro), found
 * by the folder convention in ./types.ts. Only the story page imports this, so only it carries
 * the charts' styles and scripts.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { chartDefinition } from './registry';

const graphics = import.meta.glob<AstroComponentFactory>('./*/Graphic.astro', {
	eager: true,
	import: 'default',
});

/** The kind's layer of the story's sticky graphic; props `{ story }`. */
export function graphicOf(kind: string): AstroComponentFactory {
	const graphic = graphics[`./${chartDefinition(kind).kind}/Graphic.astro`];
	if (!graphic) throw new Error(`chart kind "${kind}" has no src/charts/${kind}/Graphic.astro`);
	return graphic;
}
