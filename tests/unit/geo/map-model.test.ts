import { describe, expect, test } from 'vitest';
import { frameScene } from '../../../src/lib/geo/frame';
import { mapModel } from '../../../src/lib/geo/map-model';
import { regionProjection } from '../../../src/lib/geo/projection';
import { sceneLabels } from '../../../src/lib/geo/scene-labels';
import type { MapScene } from '../../../src/lib/geo/types';
import { framedBy, mapScenes, place, places, region } from './story-data';

const input = { topology: region, places, scenes: mapScenes, width: 800, height: 640 };

describe('regionProjection(zoom)', () => {
	test('bakes a zoom in: the same as zooming the projected point', () => {
		const zoom = { k: 3.5, x: -120, y: 40 };
		const [x, y] = regionProjection(region.projection)([47.11, 36.4])!;
		const [zx, zy] = regionProjection(region.projection, zoom)([47.11, 36.4])!;
		expect(zx).toBeCloseTo(x * zoom.k + zoom.x);
		expect(zy).toBeCloseTo(y * zoom.k + zoom.y);
	});

	test('keeps north up and west left: Brussels is up and to the left of Takab', () => {
		const [bx, by] = regionProjection(region.projection)([4.35, 50.85])!;
		const [tx, ty] = regionProjection(region.projection)([47.11, 36.4])!;
		expect(bx).toBeLessThan(tx);
		expect(by).toBeLessThan(ty);
	});
});

describe('mapModel(input)', () => {
	const model = mapModel({ ...input, scene: 'overview' });
	const inScene = (scene: string) => (item: { scenes: string[] }) => item.scenes.includes(scene);

	test('frames every map scene and no timeline scene', () => {
		expect(Object.keys(model.frames).sort()).toEqual(mapScenes.map((s) => s.id).sort());
	});

	test('Takab projects inside the frame of the Iran scene', () => {
		const [[x0, y0], [x1, y1]] = model.frames['iran-impact']!;
		const takab = model.markers.find((marker) => marker.id === 'takab')!;
		expect(takab.x).toBeGreaterThan(x0);
		expect(takab.x).toBeLessThan(x1);
		expect(takab.y).toBeGreaterThan(y0);
		expect(takab.y).toBeLessThan(y1);
	});

	test('the overview, drawn without JavaScript, shows the routes, both areas, the strikes and Takab', () => {
		expect(model.scene).toBe('overview');
		expect(model.routes.filter(inScene('overview'))).toHaveLength(3);
		expect(model.strikes.filter(inScene('overview'))).toHaveLength(3);
		expect(
			model.areas
				.filter(inScene('overview'))
				.map((a) => a.id)
				.sort(),
		).toEqual(['south-caspian', 'takab-crash']);
		expect(model.markers.filter(inScene('overview')).map((m) => m.id)).toContain('takab');
	});

	test('the crash site is drawn as reported and approximate; the launch area as approximate', () => {
		const crash = model.areas.find((area) => area.id === 'takab-crash')!;
		const launch = model.areas.find((area) => area.id === 'south-caspian')!;
		expect(crash).toMatchObject({ status: 'reported', approximate: true });
		expect(launch).toMatchObject({ status: 'confirmed', approximate: true });
	});

	test('routes belong to the launch and Iran scenes; the crash site only to Iran and the overview', () => {
		for (const route of model.routes) {
			expect(route.scenes.sort()).toEqual(['caspian-launch', 'iran-impact', 'overview']);
		}
		expect(model.areas.find((area) => area.id === 'takab-crash')!.scenes.sort()).toEqual([
			'iran-impact',
			'overview',
		]);
	});

	test('draws the scene it is asked for so it fits the size it is given', () => {
		const launch = mapModel({ ...input, scene: 'caspian-launch', width: 600, height: 400 });
		const frame = launch.frames['caspian-launch']!;
		const zoom = frameScene(frame, 600, 400);
		expect(zoom.k).toBeCloseTo(1, 3);
		expect(zoom.x).toBeCloseTo(0, 1);
		expect(zoom.y).toBeCloseTo(0, 1);
	});

	test.each([
		['a place it does not have', { focus: [{ id: 'atlantis' }] }, 'place "atlantis"'],
		['a country it does not have', { focus: [{ id: 'takab' }], countries: ['Narnia'] }, '"Narnia"'],
	])('fails the build naming %s', (_, extra, message) => {
		const bad: MapScene = { id: 'bad', graphic: 'map', title: 'T', description: 'D', ...extra };
		expect(() => mapModel({ ...input, scenes: [...mapScenes, bad] })).toThrow(message);
	});
});

describe('sceneLabels(labels, markers, scene, zoom, width, height)', () => {
	const model = mapModel(input);
	const sizes = [
		[320, 420],
		[375, 560],
		[1440, 900],
	] as const;

	test.each(mapScenes.flatMap((scene) => sizes.map(([w, h]) => [scene.id, w, h] as const)))(
		'%s at %i × %i: every place the scene frames is labelled, inside the frame',
		(scene, width, height) => {
			const zoom = frameScene(model.frames[scene]!, width, height);
			const placed = sceneLabels(model.labels, model.markers, scene, zoom, width, height);
			const framed = framedBy(scene);
			for (const id of framed) {
				const label = placed.get(id);
				expect(label?.side, `${id} labelled`).toBeTruthy();
				const [[bx0, by0], [bx1, by1]] = label!.box!;
				expect(bx0).toBeGreaterThanOrEqual(0);
				expect(by0).toBeGreaterThanOrEqual(0);
				expect(bx1).toBeLessThanOrEqual(width);
				expect(by1).toBeLessThanOrEqual(height);
			}
			// Labels of other scenes are not placed at all.
			for (const id of placed.keys()) {
				expect(model.labels.find((l) => l.id === id)!.scenes).toContain(scene);
			}
		},
	);

	test('Takab’s label is the place name; the crash site’s says it is reported, and how far from Takab', () => {
		expect(model.labels.find((l) => l.id === 'takab')).toMatchObject({ text: place('takab').name });
		const crash = model.labels.find((l) => l.id === 'takab-crash')!;
		expect(crash).toMatchObject({ text: place('takab-crash').name, status: 'reported' });
		expect(crash.text).toMatch(/\breported\b/i);
		expect(crash.text).toContain(
			`${place('takab-crash').distanceKm} km from ${place('takab').name}`,
		);
	});
});
