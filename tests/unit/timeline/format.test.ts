import { describe, expect, test } from 'vitest';
import {
	eventLabel,
	eventWhen,
	formatTime,
	shortDay,
	tickLabel,
} from '../../../src/lib/timeline/format';

describe('tickLabel(date) and shortDay(date)', () => {
	test.each([
		['2015-09-30', { weekday: 'Wed', day: '30', month: 'Sept' }, 'Wed 30 Sept'],
		['2015-10-07', { weekday: 'Wed', day: '7', month: 'Oct' }, 'Wed 7 Oct'],
		['2015-10-08', { weekday: 'Thu', day: '8', month: 'Oct' }, 'Thu 8 Oct'],
		['2015-10-09', { weekday: 'Fri', day: '9', month: 'Oct' }, 'Fri 9 Oct'],
	])('%s is %o, "%s", in any time zone', (date, tick, short) => {
		expect(tickLabel(date)).toEqual(tick);
		expect(shortDay(date)).toBe(short);
	});
});

describe('formatTime(time, timeZone)', () => {
	test.each([
		['12:08', 'Europe/Istanbul', '12:08 Istanbul time'],
		['09:00', 'America/New_York', '09:00 New York time'],
		['06:30', 'UTC', '06:30 UTC'],
	])('%s in %s is "%s"', (time, zone, expected) => {
		expect(formatTime(time, zone)).toBe(expected);
	});
});

describe('eventWhen(event) and eventLabel(event)', () => {
	const event = {
		id: 'su30-hatay',
		date: '2015-10-03',
		time: '12:08',
		timeZone: 'Europe/Istanbul',
		title: 'A Russian Su-30 enters Turkish airspace',
		summary: 'A Russian fighter crossed into Turkish airspace.',
		category: 'military',
		status: 'confirmed',
		sources: [{ id: 'turkey-mfa-2015-10-05' }],
	} as const;

	test('names the day, and the time where there is one', () => {
		expect(eventWhen(event)).toBe('Saturday 3 October, 12:08 Istanbul time');
		expect(eventWhen({ date: '2015-10-07' })).toBe('Wednesday 7 October');
	});

	test('announces when, what, the kind of event and its status', () => {
		expect(eventLabel(event)).toBe(
			'Saturday 3 October, 12:08 Istanbul time: A Russian Su-30 enters Turkish airspace. Military action. Status: confirmed.',
		);
	});

	test('announces a confirmed statement as on record', () => {
		const statement = { ...event, title: 'Carter speaks', category: 'diplomatic' } as const;
		expect(eventLabel(statement)).toMatch(/Political or diplomatic\. Status: on record\.$/);
	});
});
