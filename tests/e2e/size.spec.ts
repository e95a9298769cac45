/**
 * The byte budget, enforced: every built page, loaded and scrolled through every step in
 * Chromium, must stay within DESIGN.md's hard limits for gzip transfer. Sizes are what the
 * browser received from the gzip-serving test server, so they are deterministic; timings are
 * left to `npm run bench`.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { BUDGETS } from '../../src/lib/perf/budgets';
import { formatKB, summariseTransfer, type Download } from '../../src/lib/perf/transfer';
import { visitEveryStep, readerPages } from './support/pages';

/**
 * Loads a page, visits every step (a graphic may load more as the reader scrolls) and returns
 * what came over the wire, once per URL: Chromium asks for the favicon again at every hash change,
 * which a real host's cache answers.
 */
async function download(page: Page, path: string): Promise<Download[]> {
	const responses: Promise<Download>[] = [];
	const onFinished = (request: Request) => {
		responses.push(
			request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })),
		);
	};
	page.on('requestfinished', onFinished);
	await page.goto(path);
	await visitEveryStep(page);
	await page.waitForLoadState('networkidle');
	// A request that finishes as the page closes (the favicon again, after a hash change) must
	// not be sized then: sizes() rejects on a closed page, outside any test, and the worker
	// stops (a clean-clone CI run lost the next test that way).
	page.off('requestfinished', onFinished);
	const unique = new Map((await Promise.all(responses)).map((item) => [item.url, item]));
	return [...unique.values()];
}

// A share page sends the reader on to the story at once; the story's own check covers it.
for (const built of readerPages()) {
	test(`${built.name}: gzip transfer stays within the hard limits`, async ({ page }) => {
		const summary = summariseTransfer(await download(page, `./${built.path}`));
		const kinds = Object.entries(summary.byKind)
			.filter(([, bytes]) => bytes > 0)
			.map(([kind, bytes]) => `${kind} ${formatKB(bytes)}`);
		console.log(
			`${built.name}: ${formatKB(summary.total)} in ${summary.requests} requests (${kinds.join(', ')})`,
		);
		const largest = summary.largest
			.slice(0, 6)
			.map(({ url, kind, bytes }) => `  ${formatKB(bytes).padStart(9)}  ${kind.padEnd(5)} ${url}`)
			.join('\n');

		expect(summary.requests, 'the page downloaded nothing: is the server up?').toBeGreaterThan(0);
		const limit = built.path.startsWith('embed/')
			? BUDGETS.embedTransferBytes.limit
			: BUDGETS.transferBytes.limit;
		expect(
			summary.total,
			`total ${formatKB(summary.total)} is over ${formatKB(limit)}; largest:\n${largest}`,
		).toBeLessThanOrEqual(limit);
		expect(
			summary.byKind.js,
			`JavaScript ${formatKB(summary.byKind.js)} is over ${formatKB(BUDGETS.scriptBytes.limit)}; largest:\n${largest}`,
		).toBeLessThanOrEqual(BUDGETS.scriptBytes.limit);
		// The targets (60 kB, 25 kB of JavaScript on the story) are what `npm run bench` reports
		// against; `npm test` enforces the hard limits, as src/lib/perf/budgets.ts says.
	});
}
