import { describe, expect, test } from 'vitest';
import { sharePath, stepOf } from '../../src/lib/meta/share';
import { excerpt, stepTexts } from '../../src/lib/meta/step-text';

const SECTION = `---
order: 1
title: A section
---

<Step id="first">

Some _emphasis_, **strong** and a [link](https://example.org/).<Cite id="source-1" />

A second paragraph with \`code\`{" "}and a <abbr title="x">TLA</abbr>.

</Step>

<Step id={"second"}>

Text of the second step.<Cite id="source-2" />

</Step>
`;

describe('stepTexts(source)', () => {
	test('gives each step its words, without citation markers or markup', () => {
		expect(stepTexts(SECTION, false)).toEqual(
			new Map([
				['first', 'Some emphasis, strong and a link. A second paragraph with code and a TLA.'],
				['second', 'Text of the second step.'],
			]),
		);
	});

	test('with the page’s smart punctuation: curly quotes and dashes', () => {
		const source = '<Step id="a">\n\nShe said "it\'s over" -- twice.\n\n</Step>';
		expect(stepTexts(source).get('a')).toBe('She said “it’s over” – twice.');
	});
});

describe('excerpt(text, max)', () => {
	test('keeps a short text whole', () => {
		expect(excerpt('One. Two.', 200)).toBe('One. Two.');
	});

	test('ends on a whole sentence where one fits', () => {
		const text = `${'A first sentence that is long enough. '.repeat(3)}And a last one that does not fit.`;
		const cut = excerpt(text, 120);
		expect(cut.length).toBeLessThanOrEqual(120);
		expect(cut).toMatch(/enough\.$/);
		expect(text.startsWith(cut)).toBe(true);
	});

	test('counts a closing quotation mark with its sentence', () => {
		expect(excerpt(`He said “it hit all 11 targets.” ${'x'.repeat(300)}`, 60)).toBe(
			'He said “it hit all 11 targets.”',
		);
	});

	test('cuts one long sentence at a word, with an ellipsis', () => {
		const cut = excerpt(`${'word '.repeat(80)}end.`, 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut).toMatch(/word…$/);
	});
});

describe('sharePath(stepId), stepOf(index, total)', () => {
	test('a step page under s/, and the number as readers hear it', () => {
		expect(sharePath('caspian-ships')).toBe('s/caspian-ships/');
		expect(stepOf(4, 12)).toBe('Step 5 of 12');
	});
});
