import { describe, expect, test } from 'vitest';
import { layoutEvents, type TimelineLayout } from '../../../src/lib/timeline/layout';
import { dayScale } from '../../../src/lib/timeline/scale';

const scale = dayScale('2015-09-30', '2015-10-09');
const event = (id: string, date: string) => ({ id, date });

/** Every pair of marks, as boxes `radius` wide around their centres at `width` px. */
function overlaps(layout: TimelineLayout, width: number, gap: number): string[] {
	const found: string[] = [];
	for (const [index, a] of layout.marks.entries()) {
		for (const b of layout.marks.slice(index + 1)) {
			const across = Math.abs(a.x - b.x) * width;
			const up = Math.abs(a.lift - b.lift);
			const apart = 2 * layout.radius + gap - 1e-9;
			if (across < apart && up < apart) found.push(`${a.id} / ${b.id}`);
		}
	}
	return found;
}

describe('layoutEvents(events, scale, width)', () => {
	test('puts a lone event on its day, on the first level', () => {
		const [mark] = layoutEvents([event('launch', '2015-10-07')], scale, 800).marks;
		expect(mark).toMatchObject({ id: 'launch', level: 0 });
		expect(mark!.x).toBeCloseTo(scale('2015-10-07'), 10);
	});

	test.each([
		['two', ['cnn', 'denial']],
		['three', ['vote', 'strikes', 'carter']],
		['four', ['cnn', 'denial', 'iran', 'nato']],
	])('stacks %s events of one day upwards, in the order given', (_, ids) => {
		const layout = layoutEvents(
			ids.map((id) => event(id, '2015-10-08')),
			scale,
			800,
		);
		expect(layout.marks.map((mark) => mark.level)).toEqual(ids.map((_, index) => index));
		expect(layout.levels).toBe(ids.length);
		const lifts = layout.marks.map((mark) => mark.lift);
		expect(lifts).toEqual([...lifts].sort((a, b) => a - b));
		expect(overlaps(layout, 800, 4)).toEqual([]);
	});

	test('starts every day at the first level, whatever the days before held', () => {
		const layout = layoutEvents(
			[event('a', '2015-10-07'), event('b', '2015-10-07'), event('c', '2015-10-08')],
			scale,
			800,
		);
		expect(layout.marks.map((mark) => mark.level)).toEqual([0, 1, 0]);
	});

	test.each([320, 288, 375, 1280])(
		'keeps every mark apart at %i px, with crowded days side by side',
		(width) => {
			const crowded = ['2015-09-30', '2015-10-07', '2015-10-08', '2015-10-09'].flatMap((date) =>
				['a', 'b', 'c', 'd'].map((id) => event(`${date}-${id}`, date)),
			);
			const layout = layoutEvents(crowded, scale, width);
			expect(layout.radius).toBeGreaterThan(0);
			expect(overlaps(layout, width, 4)).toEqual([]);
		},
	);

	test('shrinks the marks to fit ten days into 320 px, and no further than needed', () => {
		const narrow = layoutEvents([event('a', '2015-10-07')], scale, 320, { maxRadius: 20 });
		// 32 px a day, less a 4 px gap, leaves marks 28 px wide.
		expect(narrow.radius).toBeCloseTo(14, 10);
		const wide = layoutEvents([event('a', '2015-10-07')], scale, 1280, { maxRadius: 20 });
		expect(wide.radius).toBe(20);
	});

	test('makes the chart as tall as its tallest stack', () => {
		const layout = layoutEvents(
			[event('a', '2015-10-08'), event('b', '2015-10-08'), event('c', '2015-10-09')],
			scale,
			800,
			{ maxRadius: 8, gap: 4 },
		);
		expect(layout.height).toBeCloseTo(2 * (2 * 8 + 4), 10);
		const top = layout.marks[1]!;
		expect(top.lift + layout.radius).toBeCloseTo(layout.height, 10);
	});
});
