import { describe, expect, test } from 'vitest';
import { CATEGORIES } from '../../../src/lib/status';
import { markPaths } from '../../../src/lib/timeline/marks';

/** The largest distance from 0 of any number in a path. */
function extent(path: string): number {
	const numbers = path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
	return Math.max(...numbers.map(Math.abs));
}

describe('markPaths(category, r)', () => {
	test.each(CATEGORIES)('draws %s inside the square from -r to r', (category) => {
		const paths = markPaths(category, 9);
		for (const path of [paths.shape, paths.half, paths.strike]) {
			expect(extent(path)).toBeLessThanOrEqual(9);
		}
	});

	test('gives each category its own shape, so the kind never rests on colour', () => {
		const shapes = CATEGORIES.map((category) => markPaths(category, 9).shape);
		expect(new Set(shapes).size).toBe(CATEGORIES.length);
	});

	test.each(CATEGORIES)('fills only the right half of %s for a disputed event', (category) => {
		const numbers = markPaths(category, 9)
			.half.match(/-?\d+(\.\d+)?(?=,)/g)!
			.map(Number);
		// Every x (the number before a comma; the arc's radius too, which is positive) is 0 or more.
		expect(numbers.filter((x) => x < 0)).toEqual([]);
	});
});
