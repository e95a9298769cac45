import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What every page is held to: WCAG 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * An axe run over the page and the frames in it. Every frame the site shows is its own (csp.spec:
 * no request leaves the origin), so axe runs in one pass in the page (legacy mode) instead of in
 * each frame with the parts merged in a blank page: the same findings, in a third to a half of the
 * time on the story page (1.5–1.9 s against 3.9–4.7 s), which the a11y suite pays dozens of times.
 */
export const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode();

/** Each violation with its rule, impact and first few elements, ready for `toEqual([])`. */
export async function violations(builder: AxeBuilder): Promise<string[]> {
	const { violations } = await builder.analyze();
	return violations.map(
		({ id, impact, help, nodes }) =>
			`${id} (${impact}): ${help}\n${nodes
				.slice(0, 5)
				.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`)
				.join('\n')}`,
	);
}

/**
 * Scrolls each frame on the page into view in turn and waits until its page has loaded, then
 * goes back to the top. A lazy frame left unloaded is not read by axe (which waits a second for
 * it all the same), and Tab moves past it.
 */
export async function loadEveryFrame(page: Page): Promise<void> {
	for (const frame of await page.locator('iframe').all()) {
		await frame.scrollIntoViewIfNeeded();
		await expect
			.poll(
				() =>
					frame.evaluate(
						(element: HTMLIFrameElement) =>
							element.contentDocument?.URL !== 'about:blank' &&
							element.contentDocument?.readyState === 'complete',
					),
				{ message: `the frame "${await frame.getAttribute('title')}" loads`, intervals: [50] },
			)
			.toBe(true);
	}
	await page.evaluate(() => scrollTo(0, 0));
}
