import { describe, expect, test } from 'vitest';
import { timelineOrder } from '../../../src/lib/timeline/order';

type Input = { id: string; date: string; time?: string; sequence?: number };

describe('timelineOrder(events)', () => {
	test.each<[string, Input[], string[]]>([
		[
			'orders by day first',
			[
				{ id: 'carter-london', date: '2015-10-09' },
				{ id: 'launch', date: '2015-10-07' },
				{ id: 'cnn', date: '2015-10-08' },
			],
			['launch', 'cnn', 'carter-london'],
		],
		[
			'follows the sequence within a day, whatever the ids say',
			[
				{ id: 'a-carter', date: '2015-09-30', sequence: 3 },
				{ id: 'b-strikes', date: '2015-09-30', sequence: 2 },
				{ id: 'c-vote', date: '2015-09-30', sequence: 1 },
			],
			['c-vote', 'b-strikes', 'a-carter'],
		],
		[
			'puts events without a sequence after those with one',
			[
				{ id: 'a-nato', date: '2015-10-08' },
				{ id: 'b-denial', date: '2015-10-08', sequence: 2 },
				{ id: 'c-cnn', date: '2015-10-08', sequence: 1 },
			],
			['c-cnn', 'b-denial', 'a-nato'],
		],
		[
			'orders by time of day when the sequence does not decide',
			[
				{ id: 'a', date: '2015-10-03', time: '18:00' },
				{ id: 'b', date: '2015-10-03', time: '12:08' },
			],
			['b', 'a'],
		],
		[
			'falls back on the id, never on the order it was given in',
			[
				{ id: 'b', date: '2015-10-08', sequence: 2 },
				{ id: 'a', date: '2015-10-08', sequence: 2 },
			],
			['a', 'b'],
		],
	])('%s', (_, input, expected) => {
		expect(timelineOrder(input).map((event) => event.id)).toEqual(expected);
	});

	test('leaves its input as it was', () => {
		const input = [
			{ id: 'b', date: '2015-10-09' },
			{ id: 'a', date: '2015-10-07' },
		];
		timelineOrder(input);
		expect(input.map((event) => event.id)).toEqual(['b', 'a']);
	});
});
