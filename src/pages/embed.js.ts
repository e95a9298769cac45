/**
 * Serves the embed loader at a stable URL, `<base>embed.js`, for other sites to include. It is
 * bundled from TypeScript at build time (and on request in `npm run dev`), so it shares the
 * message checks in src/lib/embed/ with the embed pages instead of copying them, and the build
 * writes in what only it knows: the charts it published, and the site's root URL for a copy
 * pasted inline (which has no src to tell it). Each build rewrites it, so embed codes pasted
 * long ago follow the charts as they change.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'rolldown';
import { withBase } from '../lib/meta/with-base';
import { loadEmbeds } from '../story/embeds';

export const GET: APIRoute = async ({ site, url }) => {
	// Without SITE a static build cannot know where it will live; the dev server can.
	const origin = site ?? (import.meta.env.DEV ? url : undefined);
	const config = {
		root: origin ? new URL(withBase(import.meta.env.BASE_URL), origin).href : '',
		charts: (await loadEmbeds()).map((chart) => chart.path),
	};
	// Resolved from the project root: this module itself is bundled elsewhere during the build.
	const input = resolve('src/client/embed-loader.ts');
	const { output } = await build({
		input,
		write: false,
		logLevel: 'warn',
		transform: { define: { __EXPLAINER_EMBEDS__: JSON.stringify(config) } },
		output: { format: 'iife', minify: true },
	});
	return new Response(output[0].code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
