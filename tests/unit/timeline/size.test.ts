import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { expect, test } from 'vitest';

// The budget: the timeline's own client code, on top of the D3 modules the map loads too
// and of the story's shared scripts, at most 8 KB gzipped. (esbuild comes with Astro.)
const BUDGET = 8 * 1024;

test('src/scripts/timeline.ts adds at most 8 KB gzip on top of shared D3 and story scripts', async () => {
	const result = await build({
		entryPoints: ['src/scripts/timeline.ts'],
		bundle: true,
		minify: true,
		format: 'esm',
		write: false,
		external: ['d3-*', './motion', './scene-events'],
		logLevel: 'silent',
	});
	const size = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
	expect(size).toBeGreaterThan(0);
	expect(size).toBeLessThanOrEqual(BUDGET);
});
