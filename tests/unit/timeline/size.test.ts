import { gzipSync } from 'node:zlib';
import { build } from 'rolldown';
import { expect, test } from 'vitest';
import { BUDGETS } from '../../../src/lib/perf/budgets';

// The timeline's own client code, on top of the D3 modules and the story scripts it shares with
// the map and the scroller.
const BUDGET = BUDGETS.timelineScriptBytes.limit;

test(`src/charts/timeline/client/timeline.ts adds at most ${BUDGET} bytes gzip on top of shared D3 and story scripts`, async () => {
	const { output } = await build({
		input: 'src/charts/timeline/client/timeline.ts',
		write: false,
		logLevel: 'silent',
		external: [/^d3-/, /\/(motion|scene-events)$/],
		output: { format: 'esm', minify: true },
	});
	const size = gzipSync(output[0].code, { level: 9 }).length;
	expect(size).toBeGreaterThan(0);
	expect(size).toBeLessThanOrEqual(BUDGET);
});
