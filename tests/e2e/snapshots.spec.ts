/**
 * SVG snapshots of every chart the build publishes (each map scene and the timeline, as their
 * embed pages draw them at build time), so that a change to what a chart draws is a diff in
 * review, not a surprise. Each chart's SVG is normalised (numbers to two decimals, one element
 * per line, no build-specific class hashes) and compared with tests/snapshots/<chart>.svg. On a
 * difference the new drawing is written beside it as <chart>-changed.svg, to open next to the
 * old one; if it is right, move it over the snapshot and commit both. A missing snapshot is
 * written and the test fails once, so a new chart's first drawing is reviewed too.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtCharts } from './support/embed-host';
import { DIST } from './support/pages';

const SNAPSHOTS = resolve(import.meta.dirname, '../snapshots');

/** The chart's drawings in an embed page, normalised so that only what is drawn can differ. */
export function normalisedSvg(html: string): string {
	const svgs = html.match(/<svg\b[\s\S]*?<\/svg>/g) ?? [];
	return svgs
		.map((svg) =>
			svg
				.replace(/\s(data-astro-cid-[\w-]+|class="astro-[\w-]+")(="[^"]*")?/g, '')
				.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 100) / 100))
				.replace(/>\s*</g, '>\n<'),
		)
		.join('\n\n')
		.concat('\n');
}

test.describe('chart snapshots @this-story', () => {
	for (const chart of builtCharts(DIST)) {
		test(`${chart} draws as its snapshot`, () => {
			const html = readFileSync(join(DIST, 'embed', chart, 'index.html'), 'utf8');
			const actual = normalisedSvg(html);
			expect(actual.length).toBeGreaterThan(100);
			const name = chart.replaceAll('/', '-');
			const expectedFile = join(SNAPSHOTS, `${name}.svg`);
			const changedFile = join(SNAPSHOTS, `${name}-changed.svg`);
			rmSync(changedFile, { force: true });
			if (!existsSync(expectedFile)) {
				mkdirSync(SNAPSHOTS, { recursive: true });
				writeFileSync(expectedFile, actual);
				throw new Error(`No snapshot yet: wrote ${expectedFile}; review it and commit it`);
			}
			if (readFileSync(expectedFile, 'utf8') !== actual) {
				writeFileSync(changedFile, actual);
				throw new Error(
					`${chart} draws differently from ${expectedFile}: compare ${changedFile}; if the change is right, move it over the snapshot`,
				);
			}
		});
	}
});
