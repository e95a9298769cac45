import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PlaceSchema } from '../../../src/story/schemas/place';
import { SceneSchema } from '../../../src/story/schemas/scene';
import { issuesOf, reference } from '../fixtures';
import { places, scenes } from './story-data';

const topology = new URL('../../../src/data/region.topo.json', import.meta.url);

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
	test('reproduces the committed src/data/region.topo.json byte for byte', () => {
		const out = join(mkdtempSync(join(tmpdir(), 'geo-')), 'region.topo.json');
		execFileSync(process.execPath, ['tools/geo.mjs', '--out', out], { encoding: 'utf8' });
		expect(readFileSync(out, 'utf8') === readFileSync(topology, 'utf8')).toBe(true);
	});

	test('keeps the TopoJSON under 40 KB', () => {
		expect(statSync(topology).size).toBeLessThanOrEqual(40 * 1024);
	});
});
