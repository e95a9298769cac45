import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange } from '../../src/lib/dates';
import { activeStepIndex } from '../../src/lib/scroll/active-step';
import { isDescribedTitle, orderSources } from '../../src/lib/sources';

describe('activeStepIndex(tops, trigger)', () => {
	test.each([
		['no step has reached the line', [500, 900, 1300], 400, -1],
		['the first step is exactly on the line', [400, 900, 1300], 400, 0],
		['the second step has crossed it', [-300, 350, 1300], 400, 1],
		['every step has crossed it (past the end)', [-2000, -1200, -400], 400, 2],
		['there are no steps', [], 400, -1],
	])('%s', (_, tops, trigger, expected) => {
		expect(activeStepIndex(tops, trigger)).toBe(expected);
	});
});

describe('formatDate(isoDate, style)', () => {
	test.each([
		['2015-10-07', 'long', '7 October 2015'],
		['2015-09-30', 'short', '30 Sept 2015'],
		['2015-10-07', 'weekday', 'Wednesday 7 October'],
		['2015-10-08', 'weekday', 'Thursday 8 October'],
		['2015-10-09', 'weekday', 'Friday 9 October'],
	] as const)('%s as %s is "%s", in any time zone', (date, style, expected) => {
		expect(formatDate(date, style)).toBe(expected);
	});

	test('rejects anything but YYYY-MM-DD', () => {
		expect(() => formatDate('7 Oct 2015')).toThrow(RangeError);
	});
});

describe('formatDateRange(from, to)', () => {
	test.each([
		['2015-10-09', undefined, '9 Oct 2015'],
		['2015-10-09', '2015-10-09', '9 Oct 2015'],
		['2015-10-09', '2015-10-10', '9–10 Oct 2015'],
		['2015-09-30', '2015-10-01', '30 Sept – 1 Oct 2015'],
		['2015-12-31', '2016-01-01', '31 Dec 2015 – 1 Jan 2016'],
	] as const)('%s to %s is "%s"', (from, to, expected) => {
		expect(formatDateRange(from, to)).toBe(expected);
	});
});

describe('orderSources(sources)', () => {
	test('orders by date, then outlet, and leaves the input alone', () => {
		const input = [
			{ id: 'c', date: '2015-10-08', outlet: 'Reuters' },
			{ id: 'b', date: '2015-10-08', outlet: 'CNN' },
			{ id: 'a', date: '2015-09-30', outlet: 'Asia-Plus' },
		];
		expect(orderSources(input).map((source) => source.id)).toEqual(['a', 'b', 'c']);
		expect(input[0]?.id).toBe('c');
	});
});

describe('isDescribedTitle(title)', () => {
	test.each([
		['[Report on the denial]', true],
		['Iran Rejects Russian Missile Crash', false],
		['A [bracketed] word', false],
	])('%s → %s', (title, expected) => {
		expect(isDescribedTitle(title)).toBe(expected);
	});
});
