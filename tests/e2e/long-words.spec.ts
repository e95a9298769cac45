/**
 * A word longer than the screen is wide (a pasted URL, a long compound, a careless 10,000-letter
 * string) wraps instead of widening the page. On every built page at 320 px, a 10,000-character
 * word is added to one element of each kind that holds text (the headline, section titles,
 * kickers, step text, claims, sources, table cells, captions…); then the page must not scroll
 * sideways and every added word must stay inside the viewport. The schemas limit titles and
 * labels (src/story/schemas/), but prose has no limit, and wrapping must not depend on them.
 */
import { expect, test } from '@playwright/test';
import { readerPages } from './support/pages';

const WORD = 'Abcdefghij'.repeat(1000);

test.use({ viewport: { width: 320, height: 640 } });

for (const { name, path } of readerPages()) {
	test(`${name}: a 10,000-character word wraps at 320 px, with no horizontal scroll`, async ({
		page,
	}) => {
		await page.goto(path);
		const result = await page.evaluate((word) => {
			const width = document.documentElement.clientWidth;
			const kinds = new Set<string>();
			const added: { node: Text; kind: string }[] = [];
			for (const element of document.body.querySelectorAll('*')) {
				if (element.closest('svg, script, style, template, .visually-hidden')) continue;
				const hasText = [...element.childNodes].some(
					(node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
				);
				const kind = `${element.tagName.toLowerCase()}.${[...element.classList].sort().join('.')}`;
				// Labels kept on one line on purpose (a date, a status word) are made by the code, not
				// written in the content, so they are never long.
				const oneLine = getComputedStyle(element).whiteSpace === 'nowrap';
				if (!hasText || oneLine || kinds.has(kind)) continue;
				kinds.add(kind);
				const node = document.createTextNode(` ${word}`);
				element.append(node);
				added.push({ node, kind });
			}
			// Text in a box meant to scroll sideways (a code sample) may go past the edge, and text
			// clipped away for screen readers only is not on screen at all.
			const exempt = (node: Node) => {
				for (let at = node.parentElement; at; at = at.parentElement) {
					const style = getComputedStyle(at);
					const scroller = at !== document.documentElement && /auto|scroll/.test(style.overflowX);
					if (scroller || style.clipPath !== 'none') return true;
				}
				return false;
			};
			const outside = added
				.filter(({ node }) => !exempt(node))
				.filter(({ node }) => {
					const range = document.createRange();
					range.selectNodeContents(node);
					return [...range.getClientRects()].some(
						(rect) => rect.width > 0 && (rect.left < -1 || rect.right > width + 1),
					);
				})
				.map(({ node, kind }) => {
					const range = document.createRange();
					range.selectNodeContents(node);
					const right = Math.max(...[...range.getClientRects()].map((rect) => rect.right));
					return `${kind} (to ${Math.round(right)} px)`;
				});
			return {
				kinds: added.length,
				scrollWidth: document.documentElement.scrollWidth,
				width,
				outside,
			};
		}, WORD);

		expect(result.kinds, 'no text to add the word to').toBeGreaterThan(0);
		expect(result.outside, 'text that runs past the edge of the screen').toEqual([]);
		expect(result.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(result.width);
	});
}
