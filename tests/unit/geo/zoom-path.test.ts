import { interpolateZoom } from 'd3-interpolate';
import { describe, expect, test } from 'vitest';
import { smoothZoom } from '../../../src/lib/geo/smooth-zoom';
import type { Transform } from '../../../src/lib/geo/types';
import type { ZoomView } from '../../../src/lib/geo/zoom-view';
import { layerAt, relativeTo, seenThrough, zoomPath } from '../../../src/lib/geo/zoom-path';

const close = (actual: Transform, expected: Transform) => {
	expect(actual.k).toBeCloseTo(expected.k);
	expect(actual.x).toBeCloseTo(expected.x);
	expect(actual.y).toBeCloseTo(expected.y);
};

describe('relativeTo(view, drawn) and seenThrough(layer, drawn)', () => {
	test.each([
		[
			{ k: 2, x: -100, y: 40 },
			{ k: 0.5, x: 30, y: -10 },
		],
		[
			{ k: 1, x: 0, y: 0 },
			{ k: 3, x: -900, y: -400 },
		],
	] as [Transform, Transform][])('a layer moving a drawing at %o shows %o', (drawn, view) => {
		close(seenThrough(relativeTo(view, drawn), drawn), view);
	});

	test('a drawing shown at its own zoom needs no layer transform', () => {
		close(relativeTo({ k: 4, x: 12, y: -3 }, { k: 4, x: 12, y: -3 }), { k: 1, x: 0, y: 0 });
	});
});

describe('zoomPath(from, to, drawn, width, height, timing)', () => {
	const from = { k: 1, x: 0, y: 0 };
	const to = { k: 3, x: -800, y: -300 };

	test('starts where the reader sees the map and ends on the target', () => {
		const { layers } = zoomPath(from, to, from, 400, 600, { unit: 600 });
		close(seenThrough(layers[0]!, from), from);
		close(seenThrough(layers.at(-1)!, from), to);
	});

	test('works from a drawing left at another zoom (an interrupted transition)', () => {
		const drawn = { k: 2, x: -300, y: -100 };
		const { layers } = zoomPath(from, to, drawn, 400, 600, { unit: 600, steps: 8 });
		expect(layers).toHaveLength(9);
		close(seenThrough(layers[0]!, drawn), from);
		close(seenThrough(layers.at(-1)!, drawn), to);
	});

	test('takes between 1.2 and 3 animation units, longer for longer trips', () => {
		const near = zoomPath(from, { k: 1, x: -10, y: 0 }, from, 400, 600, { unit: 600 });
		const far = zoomPath(from, { k: 40, x: -30000, y: -9000 }, from, 400, 600, { unit: 600 });
		expect(near.duration).toBe(720);
		expect(far.duration).toBe(1800);
	});

	test('samples the path through the ease', () => {
		const linear = zoomPath(from, to, from, 400, 600, { unit: 600, steps: 4 });
		const eased = zoomPath(from, to, from, 400, 600, { unit: 600, steps: 4, ease: (t) => t * t });
		close(
			eased.layers[2]!,
			zoomPath(from, to, from, 400, 600, { unit: 600, steps: 16 }).layers[4]!,
		);
		expect(eased.layers[2]).not.toEqual(linear.layers[2]);
	});
});

describe('layerAt(layers, progress)', () => {
	const layers = [
		{ k: 1, x: 0, y: 0 },
		{ k: 2, x: -100, y: 50 },
		{ k: 4, x: -300, y: 100 },
	];

	test.each([
		[0, layers[0]],
		[0.25, { k: 1.5, x: -50, y: 25 }],
		[0.75, { k: 3, x: -200, y: 75 }],
		[1, layers[2]],
		[1.5, layers[2]],
		[-1, layers[0]],
	] as [number, Transform][])(
		'at %d it is %o, as keyframes played linearly',
		(progress, expected) => {
			close(layerAt(layers, progress), expected);
		},
	);
});

describe('smoothZoom(from, to)', () => {
	test.each([
		[
			[400, 300, 800],
			[1200, 900, 200],
		],
		[
			[100, 100, 50],
			[100, 100, 400],
		],
		[
			[-50, 20, 300],
			[900, -400, 300],
		],
	] as [ZoomView, ZoomView][])('follows d3’s interpolateZoom from %j to %j', (from, to) => {
		const ours = smoothZoom(from, to);
		const d3 = interpolateZoom(from, to);
		expect(ours.duration).toBeCloseTo(d3.duration, 6);
		for (const t of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1]) {
			const [a, b] = [ours.path(t), d3(t)];
			for (const index of [0, 1, 2]) expect(a[index]).toBeCloseTo(b[index]!, 6);
		}
	});
});
