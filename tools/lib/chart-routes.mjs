/**
 * An Astro integration that gives every chart kind its embed page: for each folder
 * src/charts/<kind>/ holding an EmbedPage.astro, the route /embed/<kind>/[...scene]. One route
 * per kind, rather than one dynamic page for all, so that each embed page carries only its own
 * chart's styles and scripts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {import('astro').AstroIntegration} */
export function chartRoutes(charts = 'src/charts') {
	return {
		name: 'chart-routes',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				for (const kind of readdirSync(charts)) {
					const entrypoint = join(charts, kind, 'EmbedPage.astro');
					if (!existsSync(entrypoint)) continue;
					injectRoute({ pattern: `/embed/${kind}/[...scene]`, entrypoint: `./${entrypoint}` });
				}
			},
		},
	};
}
