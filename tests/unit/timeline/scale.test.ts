import { describe, expect, test } from 'vitest';
import { dayNumber, dayRange, isoDay } from '../../../src/lib/timeline/days';
import { dateExtent, dayScale } from '../../../src/lib/timeline/scale';

describe('dayRange(first, last)', () => {
	test('crosses the month end without a local-time Date: 30 Sept to 9 Oct is ten days', () => {
		expect(dayRange('2015-09-30', '2015-10-09')).toEqual([
			'2015-09-30',
			'2015-10-01',
			'2015-10-02',
			'2015-10-03',
			'2015-10-04',
			'2015-10-05',
			'2015-10-06',
			'2015-10-07',
			'2015-10-08',
			'2015-10-09',
		]);
	});

	test.each([
		['a single day', '2015-10-07', '2015-10-07', 1],
		['a leap day', '2016-02-28', '2016-03-01', 3],
		['a range given backwards', '2015-10-09', '2015-09-30', 0],
	])('%s', (_, first, last, length) => {
		expect(dayRange(first, last)).toHaveLength(length);
	});

	test('dayNumber and isoDay invert each other', () => {
		expect(isoDay(dayNumber('2015-10-07'))).toBe('2015-10-07');
		expect(dayNumber('2015-10-08') - dayNumber('2015-10-07')).toBe(1);
	});
});

describe('dayScale(first, last)', () => {
	const scale = dayScale('2015-09-30', '2015-10-09');

	test.each([
		['2015-09-30', 0.05],
		['2015-10-01', 0.15],
		['2015-10-07', 0.75],
		['2015-10-09', 0.95],
	])('puts %s at the centre of its day, %f of the width', (date, x) => {
		expect(scale(date)).toBeCloseTo(x, 10);
	});

	test('gives every day the same band, and lists the days as ticks', () => {
		expect(scale.bandwidth).toBeCloseTo(0.1, 10);
		expect(scale.days).toHaveLength(10);
		expect(scale(scale.days[1]!) - scale(scale.days[0]!)).toBeCloseTo(scale.bandwidth, 10);
	});

	test.each(['2015-09-29', '2015-10-10'])('throws for %s, outside the range', (date) => {
		expect(() => scale(date)).toThrow(RangeError);
	});

	test('throws for a range that ends before it starts', () => {
		expect(() => dayScale('2015-10-09', '2015-09-30')).toThrow(RangeError);
	});
});

describe('dateExtent(items)', () => {
	test('finds the first and last dates whatever the order', () => {
		const items = [{ date: '2015-10-08' }, { date: '2015-09-30' }, { date: '2015-10-09' }];
		expect(dateExtent(items)).toEqual(['2015-09-30', '2015-10-09']);
	});

	test('throws for no items', () => {
		expect(() => dateExtent([])).toThrow(RangeError);
	});
});
