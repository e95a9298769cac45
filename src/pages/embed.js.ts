/**
 * Serves the embed loader at a stable URL, `<base>embed.js`, for other sites to include. It is
 * bundled from TypeScript at build time (and on request in `npm run dev`), so it shares the
 * message checks in src/lib/embed/ with the embed pages instead of copying them.
 */
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import { build } from 'rolldown';

export const GET: APIRoute = async () => {
	// Resolved from the project root: this module itself is bundled elsewhere during the build.
	const input = resolve('src/client/embed-loader.ts');
	const { output } = await build({
		input,
		write: false,
		logLevel: 'warn',
		output: { format: 'iife', minify: true },
	});
	return new Response(output[0].code, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' },
	});
};
