import { describe, expect, test } from 'vitest';
import type { Transform } from '../../../src/lib/geo/types';
import { fromView, toView } from '../../../src/lib/geo/zoom-view';

describe('toView(transform, width, height) and fromView(view, width, height)', () => {
	test.each([
		[{ k: 1, x: 0, y: 0 }, 800, 640],
		[{ k: 12.5, x: -4000, y: -2500 }, 375, 700],
		[{ k: 0.4, x: 300, y: 120 }, 1440, 900],
	] as [Transform, number, number][])('round-trip %o in %i × %i', (transform, width, height) => {
		const back = fromView(toView(transform, width, height), width, height);
		expect(back.k).toBeCloseTo(transform.k);
		expect(back.x).toBeCloseTo(transform.x);
		expect(back.y).toBeCloseTo(transform.y);
	});

	test('the view is the projected point at the middle of the frame and the frame’s size', () => {
		const [cx, cy, size] = toView({ k: 2, x: 100, y: 50 }, 400, 300);
		expect([cx, cy, size]).toEqual([50, 50, 200]);
	});
});
