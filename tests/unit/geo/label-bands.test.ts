import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { labelSize } from '../../../src/lib/geo/labels';
import { mapModel } from '../../../src/lib/geo/map-model';
import { LABEL_BANDS, MARKER_RADIUS } from '../../../src/lib/geo/math';
import { labelSpots, markerSpots, type LabelSpot } from '../../../src/lib/geo/scene-labels';
import type { Bounds } from '../../../src/lib/geo/types';
import { mapScenes, places, region } from './story-data';

const css = readFileSync(new URL('../../../src/charts/map/StoryMap.css', import.meta.url), 'utf8');
const [WIDTH, HEIGHT] = [800, 640];

/**
 * A label's text box on screen, drawn as StoryMap.astro draws a spot in a frame `width` wide:
 * each line at its own offset, as wide as its estimate, anchored by the spot's text-anchor.
 */
function drawnBox(spot: LabelSpot, kind: 'place' | 'country', width: number): Bounds {
	const [x, y] = [spot.left * width + spot.dx, spot.top * width * (HEIGHT / WIDTH)];
	const sizes = spot.lines.map((line) => labelSize(line.text, kind));
	const wide = Math.max(...sizes.map((size) => size.width));
	const half = sizes[0]!.height / 2;
	const left = x - { start: 0, middle: wide / 2, end: wide }[spot.anchor];
	return [
		[left, y + Math.min(...spot.lines.map((line) => line.dy)) - half],
		[left + wide, y + Math.max(...spot.lines.map((line) => line.dy)) + half],
	];
}

/** Whether two boxes overlap by more than rounding (positions are written to 0.01 %, px whole). */
const overlaps = ([[ax0, ay0], [ax1, ay1]]: Bounds, [[bx0, by0], [bx1, by1]]: Bounds) =>
	Math.min(ax1, bx1) - Math.max(ax0, bx0) > 0.5 && Math.min(ay1, by1) - Math.max(ay0, by0) > 0.5;

/** A scene of the story's map, drawn as a static map is, at WIDTH × HEIGHT. */
const staticModel = (scene: string) =>
	mapModel({ topology: region, places, scenes: mapScenes, scene, width: WIDTH, height: HEIGHT });

describe('LABEL_BANDS and StoryMap.css', () => {
	test('the stylesheet shows each band from its width to the next band’s', () => {
		const rules = [...css.matchAll(/@container \(([^)]*)\) \{\s*[^{]*data-band='(\d+)'/g)].map(
			([, query, band]) => [query, Number(band)] as const,
		);
		expect(rules.map(([, band]) => band)).toEqual([...LABEL_BANDS]);
		const bounds = rules.map(([query]) => (query!.match(/\d+/g) ?? []).map(Number));
		LABEL_BANDS.forEach((band, index) => {
			const next = LABEL_BANDS[index + 1];
			const expected = [index === 0 ? undefined : band, next].filter((v) => v !== undefined);
			expect(bounds[index], `band ${band}`).toEqual(expected);
		});
	});
});

describe.each(mapScenes.map((scene) => scene.id))('a static map of %s', (scene) => {
	const model = staticModel(scene);
	const labelsOf = new Map(model.labels.map((label) => [label.id, label]));

	test.each([...LABEL_BANDS])(
		'laid out for %i px, its labels stay inside and apart at every width of the band',
		(band) => {
			const k = band / WIDTH;
			const zoom = { k, x: 0, y: 0 };
			const spots = labelSpots(
				model.labels,
				model.markers,
				scene,
				zoom,
				band,
				HEIGHT * k,
				'never-overlap',
			);
			const markers = markerSpots(model.markers, scene, { k: 1, x: 0, y: 0 }, WIDTH, HEIGHT);
			const next = LABEL_BANDS[LABEL_BANDS.indexOf(band) + 1] ?? 1280;
			for (let width = band; width <= next; width += 8) {
				const height = width * (HEIGHT / WIDTH);
				const boxes = spots.map((spot) => {
					const label = labelsOf.get(spot.id)!;
					const kind = label.kind === 'country' ? 'country' : 'place';
					return { id: spot.id, box: drawnBox(spot, kind, width) };
				});
				for (const [index, { id, box }] of boxes.entries()) {
					expect(box[0][0], `${id} at ${width}`).toBeGreaterThanOrEqual(0);
					expect(box[1][0], `${id} at ${width}`).toBeLessThanOrEqual(width);
					expect(box[0][1], `${id} at ${width}`).toBeGreaterThanOrEqual(0);
					expect(box[1][1], `${id} at ${width}`).toBeLessThanOrEqual(height);
					for (const other of boxes.slice(index + 1)) {
						expect(overlaps(box, other.box), `${id} × ${other.id} at ${width}`).toBe(false);
					}
					for (const marker of markers) {
						const [mx, my] = [marker.left * width, marker.top * height];
						const dot: Bounds = [
							[mx - MARKER_RADIUS, my - MARKER_RADIUS],
							[mx + MARKER_RADIUS, my + MARKER_RADIUS],
						];
						expect(overlaps(box, dot), `${id} × marker ${marker.id} at ${width}`).toBe(false);
					}
				}
			}
		},
	);

	test('every band shows the scene’s own places where there is room: the widest shows them all', () => {
		const band = LABEL_BANDS.at(-1)!;
		const k = band / WIDTH;
		const spots = labelSpots(
			model.labels,
			model.markers,
			scene,
			{ k, x: 0, y: 0 },
			band,
			HEIGHT * k,
			'never-overlap',
		);
		const required = model.labels.filter((label) => label.required.includes(scene));
		for (const label of required) expect(spots.map((spot) => spot.id)).toContain(label.id);
	});
});

describe.each(mapScenes.map((scene) => scene.id))('the places of %s, each alone', (scene) => {
	const model = staticModel(scene);
	const required = model.labels.filter((label) => label.required.includes(scene));

	// No label is left out only for being long: "Crash reported about 35 km from Takab" is wider
	// than a 240 px map on one line, and fits on two.
	test.each([...LABEL_BANDS])('are each labelled on a map %i px wide', (band) => {
		const k = band / WIDTH;
		for (const label of required) {
			const spots = labelSpots(
				[label],
				[],
				scene,
				{ k, x: 0, y: 0 },
				band,
				HEIGHT * k,
				'never-overlap',
			);
			expect(
				spots.map((spot) => spot.id),
				`${label.text} at ${band}`,
			).toEqual([label.id]);
		}
	});
});
