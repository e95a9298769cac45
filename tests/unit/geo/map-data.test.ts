import { execFileSync, spawnSync } from 'node:child_process';
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { regionSettings } from '../../../tools/lib/region-settings.mjs';
import { placesOutside } from '../../../src/lib/geo/region-bounds';
import { BUDGETS } from '../../../src/lib/perf/budgets';
import { PlaceSchema } from '../../../src/story/schemas/place';
import { SceneSchema } from '../../../src/story/schemas/scene';
import { issuesOf, reference } from '../fixtures';
import { places, scenes } from './story-data';

const root = new URL('../../../', import.meta.url);
// Our story and every fixture story: each has its own map settings and region.
const stories = [
	'content',
	...readdirSync(new URL('tests/fixtures/', root)).map((name) => `tests/fixtures/${name}/content`),
];

describe('the map data', () => {
	test('the story’s places and scenes pass their schemas', () => {
		expect(places.length).toBeGreaterThan(10);
		expect(scenes.filter((scene) => scene.graphic === 'map').length).toBeGreaterThanOrEqual(5);
	});

	test('PlaceSchema: an area is drawn from an extent or from a distance around its point', () => {
		const crash = {
			id: 'crash',
			name: 'Crash',
			country: 'Iran',
			lat: 36.4,
			lon: 47.11,
			kind: 'area',
		};
		expect(issuesOf(PlaceSchema.safeParse(crash))).toContain('extent: an area needs an extent');
		expect(PlaceSchema.parse({ ...crash, distanceKm: 35 })).toMatchObject({ status: 'confirmed' });
		expect(issuesOf(PlaceSchema.safeParse({ ...crash, distanceKm: -3 }))).toContain(
			'distanceKm: distanceKm must be more than 0',
		);
	});

	test('SceneSchema(reference): a route needs a target, and waypoints are real positions', () => {
		const scene = { id: 't', graphic: 'map', title: 'T', description: 'D', focus: ['takab'] };
		const route = { from: 'south-caspian', to: [] as string[] };
		const schema = SceneSchema(reference);
		expect(issuesOf(schema.safeParse({ ...scene, routes: [route] }))).toContain(
			'routes.0.to: a route needs at least one target',
		);
		expect(
			issuesOf(
				schema.safeParse({
					...scene,
					routes: [{ ...route, to: ['raqqa'], via: [{ lat: 99, lon: 0 }] }],
				}),
			),
		).toContain('routes.0.via.0.lat: latitude must be between -90 and 90');
	});
});

describe('tools/geo.mjs (npm run geo)', () => {
	test.each(stories)('reproduces %s/map/region.topo.json byte for byte', (content) => {
		const out = join(mkdtempSync(join(tmpdir(), 'geo-')), 'region.topo.json');
		execFileSync(process.execPath, ['tools/geo.mjs', '--content', content, '--out', out], {
			encoding: 'utf8',
		});
		expect(
			readFileSync(out, 'utf8') ===
				readFileSync(new URL(`${content}/map/region.topo.json`, root), 'utf8'),
		).toBe(true);
	});

	test.each(stories)(
		'%s: the region carries its settings, and every place lies inside it',
		(content) => {
			const region = JSON.parse(
				readFileSync(new URL(`${content}/map/region.topo.json`, root), 'utf8'),
			);
			const settings = regionSettings(
				parse(readFileSync(new URL(`${content}/map/region.yaml`, root), 'utf8')),
			);
			expect(region.bbox).toEqual(settings.region);
			expect(region.projection).toEqual(settings.projection);
			const places = parse(readFileSync(new URL(`${content}/data/places.yaml`, root), 'utf8'));
			expect(placesOutside(region.bbox, places)).toEqual([]);
		},
	);

	test(`keeps our TopoJSON within ${BUDGETS.regionTopologyBytes.limit} bytes`, () => {
		expect(statSync(new URL('content/map/region.topo.json', root)).size).toBeLessThanOrEqual(
			BUDGETS.regionTopologyBytes.limit,
		);
	});

	test('fails on settings it cannot use, naming the field', () => {
		const content = mkdtempSync(join(tmpdir(), 'geo-content-'));
		mkdirSync(join(content, 'map'));
		writeFileSync(join(content, 'map/region.yaml'), 'region: [10, 60, 0, 50]\n');
		const run = spawnSync(process.execPath, ['tools/geo.mjs', '--content', content], {
			encoding: 'utf8',
		});
		expect(run.status).toBe(1);
		expect(run.stderr).toContain(
			'map/region.yaml: region: must be [west, south, east, north] in degrees',
		);
	});
});

describe('regionSettings(data)', () => {
	test('derives a projection from the region when none is given', () => {
		expect(regionSettings({ region: [0, 50, 20, 62] })).toEqual({
			region: [0, 50, 20, 62],
			detail: [0, 50, 20, 62],
			projection: { rotate: [-10, 0], parallels: [52, 60] },
		});
	});

	test.each([
		[{ region: [0, 50, 20] }, 'region: must be [west, south, east, north] in degrees'],
		[{ region: [0, 50, 20, 62], detail: [-5, 50, 10, 60] }, 'detail: must lie inside region'],
		[
			{ region: [0, 50, 20, 62], projection: { rotate: [1] } },
			'projection.rotate: must be two numbers',
		],
		[
			{ region: [0, 50, 20, 62], regoin: [] },
			'regoin: unknown field (known: region, detail, projection)',
		],
	])('refuses %j', (data, message) => {
		expect(() => regionSettings(data)).toThrow(message);
	});
});

describe('placesOutside(box, places)', () => {
	test('names each place outside the box and the field that puts it there', () => {
		const places = [
			{ id: 'in', lat: 55, lon: 5 },
			{ id: 'north', lat: 63, lon: 5 },
			{ id: 'east', lat: 55, lon: 21 },
		];
		expect(placesOutside([0, 50, 20, 62], places)).toEqual([
			{ id: 'north', field: 'lat' },
			{ id: 'east', field: 'lon' },
		]);
	});
});
