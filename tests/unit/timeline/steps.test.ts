import { describe, expect, test } from 'vitest';
import { stepFocus } from '../../../src/lib/timeline/steps';

const events = [
	{ id: 'launch', date: '2015-10-07' },
	{ id: 'takab', date: '2015-10-07' },
	{ id: 'cnn', date: '2015-10-08' },
	{ id: 'carter-london', date: '2015-10-09' },
];

describe('stepFocus(ids, events)', () => {
	test.each([
		['one event', ['carter-london'], ['carter-london'], '2015-10-09'],
		['events over two days', ['cnn', 'launch', 'takab'], ['launch', 'takab', 'cnn'], '2015-10-08'],
		['two events on one day', ['takab', 'launch'], ['launch', 'takab'], '2015-10-07'],
		['no events', [], [], undefined],
		['an id the timeline does not hold', ['gone', 'cnn'], ['cnn'], '2015-10-08'],
	])('%s: highlights them in timeline order, "now" on the latest day', (_, ids, expected, now) => {
		expect(stepFocus(ids, events)).toEqual({ events: expected, now });
	});
});
