import { describe, expect, test } from 'vitest';
import { framePadding, frameScene } from '../../../src/lib/geo/frame';
import { mapModel } from '../../../src/lib/geo/map-model';
import type { Bounds, Padding, Transform } from '../../../src/lib/geo/types';
import { framedBy, mapScenes, places, region } from './story-data';

const apply = ({ k, x, y }: Transform, [px, py]: [number, number]): [number, number] => [
	px * k + x,
	py * k + y,
];
const even = (side: number): Padding => ({ top: side, right: side, bottom: side, left: side });

describe('frameScene(bounds, width, height, padding)', () => {
	test.each([
		[
			'a wide box in a tall frame',
			[
				[100, 100],
				[500, 200],
			],
			375,
			700,
			even(20),
		],
		[
			'a tall box in a wide frame',
			[
				[0, 0],
				[50, 400],
			],
			1440,
			600,
			even(30),
		],
		[
			'a square box in a square frame',
			[
				[-50, -50],
				[50, 50],
			],
			400,
			400,
			even(0),
		],
		[
			'uneven padding',
			[
				[10, 20],
				[210, 120],
			],
			800,
			500,
			{ top: 40, right: 10, bottom: 90, left: 10 },
		],
	] as [string, Bounds, number, number, Padding][])(
		'fits %s inside the padding, centred, and as large as it can be',
		(_, bounds, width, height, padding) => {
			const zoom = frameScene(bounds, width, height, padding);
			const [x0, y0] = apply(zoom, bounds[0]);
			const [x1, y1] = apply(zoom, bounds[1]);
			expect(x0).toBeGreaterThanOrEqual(padding.left - 1e-9);
			expect(y0).toBeGreaterThanOrEqual(padding.top - 1e-9);
			expect(x1).toBeLessThanOrEqual(width - padding.right + 1e-9);
			expect(y1).toBeLessThanOrEqual(height - padding.bottom + 1e-9);
			// Tight on one axis, centred on both.
			const slack = Math.min(
				x0 - padding.left + (width - padding.right - x1),
				y0 - padding.top + (height - padding.bottom - y1),
			);
			expect(slack).toBeCloseTo(0);
			expect(x0 - padding.left).toBeCloseTo(width - padding.right - x1);
			expect(y0 - padding.top).toBeCloseTo(height - padding.bottom - y1);
		},
	);

	test('a single point is framed at a finite zoom', () => {
		const zoom = frameScene(
			[
				[5, 5],
				[5, 5],
			],
			300,
			300,
			even(10),
		);
		expect(Number.isFinite(zoom.k)).toBe(true);
		expect(apply(zoom, [5, 5])).toEqual([150, 150]);
	});

	test('framePadding(width, height) grows with the frame but never below a floor', () => {
		expect(framePadding(320, 480).top).toBeLessThan(framePadding(1440, 900).top);
		expect(framePadding(100, 100).top).toBeGreaterThanOrEqual(16);
	});
});

describe('every map scene, framed at phone and desktop sizes', () => {
	const model = mapModel({ topology: region, places, scenes: mapScenes, width: 800, height: 640 });
	const sizes = [
		[320, 480],
		[320, 900],
		[1440, 500],
		[1440, 900],
	] as const;
	const cases = mapScenes.flatMap((scene) => sizes.map(([w, h]) => [scene.id, w, h] as const));

	test.each(cases)('%s at %i × %i contains every place it frames', (scene, width, height) => {
		const zoom = frameScene(model.frames[scene]!, width, height);
		const framed = framedBy(scene);
		const anchors = [...model.markers, ...model.labels].filter((item) => framed.includes(item.id));
		expect(anchors.length).toBeGreaterThanOrEqual(framed.length);
		for (const anchor of anchors) {
			const [x, y] = apply(zoom, [anchor.x, anchor.y]);
			expect(x).toBeGreaterThan(0);
			expect(x).toBeLessThan(width);
			expect(y).toBeGreaterThan(0);
			expect(y).toBeLessThan(height);
		}
	});
});
