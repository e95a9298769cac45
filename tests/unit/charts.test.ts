import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CHARTS, chartDefinition } from '../../src/charts/registry';
import { SceneSchema } from '../../src/story/schemas/scene';
import { issuesOf, reference } from './fixtures';

const folder = (kind: string) => new URL(`../../src/charts/${kind}/`, import.meta.url);

describe('the chart registry (src/charts/registry.ts)', () => {
	test.each(CHARTS.map((chart) => chart.kind))(
		'kind "%s" has its folder: chart.ts, Graphic.astro, EmbedPage.astro',
		(kind) => {
			for (const file of ['chart.ts', 'Graphic.astro', 'EmbedPage.astro']) {
				expect(existsSync(new URL(file, folder(kind))), file).toBe(true);
			}
		},
	);

	test('every kind folder is registered, so none is built half-way', () => {
		const folders = readdirSync(new URL('../../src/charts/', import.meta.url), {
			withFileTypes: true,
		})
			.filter((entry) => entry.isDirectory())
			.map((entry) => entry.name);
		expect(folders.sort()).toEqual(CHARTS.map((chart) => chart.kind).sort());
	});

	test('chartDefinition(kind) names the registered kinds when it does not know one', () => {
		expect(chartDefinition(CHARTS[0].kind)).toBe(CHARTS[0]);
		expect(() => chartDefinition('pie')).toThrow(CHARTS.map((chart) => chart.kind).join(', '));
	});
});

describe('SceneSchema(reference)', () => {
	const schema = SceneSchema(reference);

	test('takes each kind its own fields, by graphic', () => {
		for (const chart of CHARTS) {
			const parsed = chart
				.scene(reference)
				.safeParse({ graphic: chart.kind, title: 'T', description: 'D' });
			// A kind may require fields of its own; the shared ones are never what fails.
			const issues = issuesOf(parsed);
			expect(issues.filter((issue) => /^(graphic|title|description):/.test(issue))).toEqual([]);
		}
	});

	test('refuses a graphic no kind is registered for', () => {
		const result = schema.safeParse({ graphic: 'pie', title: 'T', description: 'D' });
		expect(result.success).toBe(false);
		expect(issuesOf(result).join('\n')).toMatch(/^graphic:/m);
	});
});
