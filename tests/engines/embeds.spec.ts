import { builtCharts, galleryCodes, MAX_BAND } from '../e2e/support/embed-host';
import { DIST } from '../e2e/support/pages';
import { loadFrames, pageErrors, type EnginePage } from './support/driver';
import { serveHostPage } from './support/site';
import { eachViewport, expect, test } from './fixtures';

// One chart of each kind the build publishes (the first of each), as the gallery prints its code.
const kinds = new Map<string, string>();
for (const path of builtCharts(DIST)) {
	const kind = path.split('/')[0]!;
	if (!kinds.has(kind)) kinds.set(kind, path);
}
const embedded = [...kinds.values()];

/** Each loader frame's height, its content's (the page's top to its main's bottom) and width. */
async function fits(page: EnginePage) {
	const outer = await page.evaluate(() =>
		[...document.querySelectorAll('[data-explainer-embed] iframe')].map(
			(frame) => frame.getBoundingClientRect().height,
		),
	);
	const inner = await page.evaluateInFrames('[data-explainer-embed] iframe', () => ({
		content: Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
		width: innerWidth,
	}));
	return outer.map((height, index) => {
		const { content, width } = inner[index] ?? { content: 0, width: 0 };
		return { band: height - content, content, width };
	});
}

/**
 * Waits until embed `index` shows all of its content with at most MAX_BAND px to spare under
 * it, laid out at most `width` px wide if given (so the height is that of the new width).
 */
async function expectFitted(page: EnginePage, index: number, what: string, width?: number) {
	const end = Date.now() + 10_000;
	for (;;) {
		const fit = (await fits(page))[index];
		const fitted = fit && fit.content > 0 && fit.band >= 0 && fit.band <= MAX_BAND;
		if (fitted && (width === undefined || fit.width <= width)) return fit;
		if (Date.now() > end) {
			throw new Error(`${page.engine}: ${what}: never fitted: ${JSON.stringify(fit)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

eachViewport(() => {
	test('a page on another site sizes one embed of each kind to its chart, with the codes the gallery prints', async ({
		tab,
		site,
	}) => {
		expect(embedded.length).toBeGreaterThan(1);
		const codes = galleryCodes(DIST, site.url);
		// Far apart, as in an article: each embed comes up from below the fold.
		const slots = embedded
			.map(
				(path) => `<p class="text">Text before the chart.</p>
				<div class="slot" data-chart="${path}">${codes.get(path)}</div>`,
			)
			.join('\n');
		const host = await serveHostPage(
			`<!doctype html><html lang="en"><head>${site.probeTag}<title>A newsroom page</title>
			<style>body { margin: 0; font: 16px sans-serif } .slot { width: min(720px, 100%) }
			.text { min-height: 120vh }</style>
			</head><body><h1>Our own article</h1>\n${slots}\n<p class="text">The end.</p></body></html>`,
		);
		try {
			await tab.goto(host.url);
			expect(await tab.evaluate(() => document.querySelectorAll('.slot').length)).toBe(
				embedded.length,
			);
			await loadFrames(tab);
			const fitted = [];
			for (const [index, path] of embedded.entries()) {
				await tab.evaluate((i) => {
					document.querySelectorAll('.slot')[i]!.scrollIntoView({ block: 'start' });
				}, index);
				fitted.push(await expectFitted(tab, index, path));
			}

			// The host narrows its column: the first embed follows, to its height at that width.
			const narrower = 300;
			await tab.evaluate((width) => {
				const slot = document.querySelector<HTMLElement>('.slot')!;
				slot.style.setProperty('width', `${width}px`);
				slot.scrollIntoView({ block: 'start' });
			}, narrower);
			const narrow = await expectFitted(tab, 0, `${embedded[0]} narrowed`, narrower);
			expect(narrow.width).toBeLessThan(fitted[0]!.width);
			expect(await pageErrors(tab)).toEqual([]);
		} finally {
			await host.close();
		}
	});
});
