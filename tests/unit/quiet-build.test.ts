import { describe, expect, test, vi } from 'vitest';
import { isHeadInjectDirectiveWarning, quietOnLog } from '../../tools/lib/quiet-build.mjs';

// The warning as rolldown reports it for an MDX section (withastro/astro#18087).
const directive = {
	code: 'MODULE_LEVEL_DIRECTIVE',
	id: '/site/content/story/01-strikes-begin.mdx?astroPropagatedAssets',
	message:
		'The semantics of the module level directive "use astro:head-inject" in "content/story/01-strikes-begin.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('isHeadInjectDirectiveWarning(log)', () => {
	test('matches the head-inject directive warning of an MDX module', () => {
		expect(isHeadInjectDirectiveWarning(directive)).toBe(true);
	});

	test.each([
		[
			'another directive',
			{ ...directive, message: directive.message.replace('astro:head-inject', 'use client') },
		],
		[
			'another file type',
			{
				...directive,
				id: '/site/src/x.ts',
				message: directive.message.replace(/\.mdx\?astroPropagatedAssets/g, '.ts'),
			},
		],
		['another warning', { ...directive, code: 'CIRCULAR_DEPENDENCY' }],
	])('leaves %s alone', (_, log) => {
		expect(isHeadInjectDirectiveWarning(log)).toBe(false);
	});
});

describe('quietOnLog(level, log, handler)', () => {
	test('drops that warning and passes every other log on', () => {
		const handler = vi.fn();
		quietOnLog('warn', directive, handler);
		expect(handler).not.toHaveBeenCalled();
		const other = { ...directive, code: 'EVAL', message: 'Use of eval is discouraged' };
		quietOnLog('warn', other, handler);
		quietOnLog('info', directive, handler);
		expect(handler.mock.calls).toEqual([
			['warn', other],
			['info', directive],
		]);
	});
});
