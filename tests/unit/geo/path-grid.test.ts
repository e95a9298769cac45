import { describe, expect, test } from 'vitest';
import { frameScene } from '../../../src/lib/geo/frame';
import { mapModel } from '../../../src/lib/geo/map-model';
import { GRID_MAX_ASPECT, GRID_TOLERANCE, pathGrid } from '../../../src/lib/geo/path-grid';
import type { Bounds } from '../../../src/lib/geo/types';
import { mapScenes, places, region } from './story-data';

const frames = mapModel({
	topology: region,
	places,
	scenes: mapScenes,
	width: 800,
	height: 640,
}).frames;

/** Boxes a reader meets: phones, a laptop's and a large screen's sticky graphic, an embed. */
const boxes: [number, number][] = [
	[375, 625],
	[412, 781],
	[749, 721],
	[1517, 1361],
	[600, 300],
	[240, 480],
];

const extent = (all: Bounds[]): [number, number, number, number] => {
	const xs = all.flatMap(([[x0], [x1]]) => [x0, x1]);
	const ys = all.flatMap(([[, y0], [, y1]]) => [y0, y1]);
	const [w, h] = [Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys)];
	return [Math.min(...xs) - w, Math.min(...ys) - h, Math.max(...xs) + w, Math.max(...ys) + h];
};

describe('pathGrid(frames)', () => {
	const grid = pathGrid(frames);

	test('no point moves more than the tolerance in any scene, framed in any box, that shows it', () => {
		const [x0, y0, x1, y1] = extent(Object.values(frames));
		let checked = 0;
		for (const [width, height] of boxes) {
			expect(Math.max(width, height) / Math.min(width, height)).toBeLessThanOrEqual(
				GRID_MAX_ASPECT,
			);
			for (const bounds of Object.values(frames)) {
				const { k, x, y } = frameScene(bounds, width, height);
				for (let px = x0; px <= x1; px += (x1 - x0) / 300) {
					for (let py = y0; py <= y1; py += (y1 - y0) / 300) {
						const [sx, sy] = [px * k + x, py * k + y];
						if (sx < 0 || sx > width || sy < 0 || sy > height) continue;
						// Rounding to a step of s tenths moves a point at most s / 20 along each axis.
						const moved = (Math.SQRT2 * grid(px, py) * k) / 20;
						expect(moved, `(${px}, ${py}) in ${width}×${height}`).toBeLessThanOrEqual(
							GRID_TOLERANCE * Math.max(width, height),
						);
						checked += 1;
					}
				}
			}
		}
		expect(checked).toBeGreaterThan(10_000);
	});

	test('is finest in the closest scene and coarser where only wider scenes reach', () => {
		const closest = Object.values(frames).reduce((a, b) =>
			Math.max(b[1][0] - b[0][0], b[1][1] - b[0][1]) <
			Math.max(a[1][0] - a[0][0], a[1][1] - a[0][1])
				? b
				: a,
		);
		const [[cx0, cy0], [cx1, cy1]] = closest;
		const [x0, y0, x1, y1] = extent(Object.values(frames));
		const steps = new Set<number>();
		for (let px = x0; px <= x1; px += (x1 - x0) / 100) {
			for (let py = y0; py <= y1; py += (y1 - y0) / 100) steps.add(grid(px, py));
		}
		expect(steps.size).toBeGreaterThan(1);
		expect(grid((cx0 + cx1) / 2, (cy0 + cy1) / 2)).toBe(Math.min(...steps));
	});

	test('a point no scene can show takes the coarsest step; with no frames, every point does', () => {
		const grid = pathGrid({
			only: [
				[0, 0],
				[100, 100],
			],
		});
		expect(grid(50, 50)).toBeLessThan(10);
		expect(grid(5_000, 5_000)).toBe(10);
		expect(pathGrid({})(0, 0)).toBe(10);
	});
});
