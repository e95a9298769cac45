import { describe, expect, test } from 'vitest';
import {
	CATEGORIES,
	STATEMENT_CATEGORIES,
	STATUSES,
	statusMeaning,
	statusWord,
} from '../../src/lib/status';

describe('statusWord(status, category): the word a badge shows', () => {
	test('a confirmed statement is "on record": the statement is, not what it says', () => {
		for (const category of STATEMENT_CATEGORIES) {
			expect(statusWord('confirmed', category)).toBe('on record');
		}
	});

	test('a confirmed act, or a claim with no category, is "confirmed"', () => {
		const acts = CATEGORIES.filter((category) => !STATEMENT_CATEGORIES.includes(category));
		expect(acts.length).toBeGreaterThan(0);
		for (const category of acts) expect(statusWord('confirmed', category)).toBe('confirmed');
		expect(statusWord('confirmed')).toBe('confirmed');
	});

	test('every other status keeps its own word, for statements too', () => {
		for (const status of STATUSES.filter((status) => status !== 'confirmed')) {
			for (const category of CATEGORIES) expect(statusWord(status, category)).toBe(status);
		}
	});

	test('"on record" has a meaning of its own, which says it is not a confirmation of the content', () => {
		expect(statusMeaning('confirmed', STATEMENT_CATEGORIES[0])).not.toBe(
			statusMeaning('confirmed'),
		);
		expect(statusMeaning('confirmed', STATEMENT_CATEGORIES[0])).toMatch(/not .*what/);
	});
});
