import { describe, expect, test } from 'vitest';
import { RelativePath } from '../../../src/lib/geo/relative-path';

/** Reads back the absolute points of the path data RelativePath writes (m, l, z only). */
function absolute(d: string): [number, number][][] {
	const rings: [number, number][][] = [];
	let [x, y] = [0, 0];
	let start: [number, number] = [0, 0];
	for (const [, command, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
		if (command === 'z') {
			[x, y] = start;
			continue;
		}
		const numbers = (args ?? '').match(/-?(?:\d+(?:\.\d+)?|\.\d+)/g)?.map(Number) ?? [];
		if (command === 'm') rings.push([]);
		for (let i = 0; i < numbers.length; i += 2) {
			[x, y] = [x + numbers[i]!, y + numbers[i + 1]!];
			if (i === 0 && command === 'm') start = [x, y];
			rings.at(-1)!.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
		}
	}
	return rings;
}

const draw = (rings: [number, number][][], close = true) => {
	const path = new RelativePath();
	for (const ring of rings) {
		ring.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
		if (close) path.closePath();
	}
	return path.flush();
};

describe('RelativePath', () => {
	test.each([
		[
			'one line',
			[
				[
					[10, 20],
					[11.24, 19.5],
					[14, 23],
				],
			],
			false,
			'm10 20 1.2-.5 2.8 3.5',
		],
		[
			'a closed ring',
			[
				[
					[0, 0],
					[0.5, 0],
					[0.5, 0.5],
				],
			],
			true,
			'm0 0 .5 0 0 .5z',
		],
		[
			'two rings',
			[
				[
					[1, 1],
					[2, 1],
				],
				[
					[5, 5],
					[6, 6],
				],
			],
			true,
			'm1 1 1 0zm4 4 1 1z',
		],
		[
			'a repeated point',
			[
				[
					[3, 3],
					[3.01, 3],
					[4, 3],
				],
			],
			false,
			'm3 3 1 0',
		],
	] as [string, [number, number][][], boolean, string][])(
		'writes %s as "%s"',
		(_, rings, close, d) => {
			expect(draw(rings, close)).toBe(d);
		},
	);

	test('reads back to every point, rounded to a tenth, however long the line', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 1000 - 300;
		const rings = [0, 1, 2].map(() =>
			Array.from({ length: 500 }, (): [number, number] => [random(), random()]),
		);
		const expected = rings.map((ring) =>
			ring.map(([x, y]): [number, number] => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
		);
		const read = absolute(draw(rings));
		expect(read.length).toBe(3);
		read.forEach((ring, r) =>
			ring.forEach(([x, y], i) => {
				expect(x).toBeCloseTo(expected[r]![i]![0], 6);
				expect(y).toBeCloseTo(expected[r]![i]![1], 6);
			}),
		);
	});

	test('with a grid, each point reads back on its step, and a point shared by two paths is the same in both', () => {
		// Whole units left of x = 50, halves to its right: as pathGrid gives coarser steps away
		// from the scenes that zoom in.
		const grid = (x: number) => (x < 50 ? 10 : 5);
		const line: [number, number][] = [
			[12.34, 7.77],
			[48.6, 20.2],
			[51.37, 20.26],
			[88.81, 3.1],
		];
		const write = (points: [number, number][]) => {
			const path = new RelativePath(grid);
			points.forEach(([x, y], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
			return absolute(path.flush())[0]!;
		};
		const read = write(line);
		read.forEach(([x, y], i) => {
			const step = grid(line[i]![0]) / 10;
			expect(Math.abs(x - line[i]![0])).toBeLessThanOrEqual(step / 2);
			expect(Math.abs(y - line[i]![1])).toBeLessThanOrEqual(step / 2);
			expect((x / step) % 1).toBeCloseTo(0, 6);
			expect((y / step) % 1).toBeCloseTo(0, 6);
		});
		expect(write([line[3]!, line[2]!])[1]).toEqual(read[2]);
	});

	test('flush() empties it, so the next path starts from the origin again', () => {
		const path = new RelativePath();
		path.moveTo(5, 5);
		path.flush();
		path.moveTo(1, 2);
		expect(path.flush()).toBe('m1 2');
	});
});
