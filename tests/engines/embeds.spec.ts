import { embedSnippets } from '../../src/lib/embed/snippets';
import { builtPages } from '../e2e/support/pages';
import { loadFrames, pageErrors, type EnginePage } from './support/driver';
import { serveHostPage } from './support/site';
import { eachViewport, expect, test } from './fixtures';

// One chart of each kind the build publishes: the first map scene, and the timeline.
const charts = builtPages()
	.map((built) => built.path.replace(/^embed\/|\/$/g, ''))
	.filter((path) => path.startsWith('map/') || path === 'timeline');
const embedded = [
	charts.find((path) => path.startsWith('map/')),
	charts.find((path) => path === 'timeline'),
];

/** Heights of each loader iframe and of the document inside it, and that document's width. */
async function heights(page: EnginePage) {
	const outer = await page.evaluate(() =>
		[...document.querySelectorAll('[data-explainer-embed] iframe')].map(
			(frame) => frame.getBoundingClientRect().height,
		),
	);
	const inner = await page.evaluateInFrames('[data-explainer-embed] iframe', () => ({
		height: Math.ceil(document.body.getBoundingClientRect().height),
		width: innerWidth,
	}));
	return outer.map((height, index) => ({
		outer: height,
		...(inner[index] ?? { height: 0, width: 0 }),
	}));
}

/**
 * Waits until every loader iframe is within 2 px of its content's height, with the first one's
 * document laid out at most `width` px wide if given (so its new height has been reported).
 */
async function expectFitted(page: EnginePage, width?: number) {
	const done = (list: Awaited<ReturnType<typeof heights>>) =>
		list.every(({ outer, height }) => height > 0 && Math.abs(outer - height) <= 2) &&
		(width === undefined || list[0]!.width <= width);
	const end = Date.now() + 10_000;
	let last = await heights(page);
	while (!done(last)) {
		if (Date.now() > end) {
			throw new Error(`${page.engine}: embeds never fitted: ${JSON.stringify(last)}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
		last = await heights(page);
	}
	return last;
}

eachViewport(() => {
	test('a page on another site sizes a map and a timeline embed through the loader', async ({
		tab,
		site,
	}) => {
		expect(embedded).not.toContain(undefined);
		const slots = embedded
			.map(
				(path) =>
					`<div class="slot">${embedSnippets({ path: path!, title: path!, root: site.url, height: 600 }).loader}</div>`,
			)
			.join('\n<p>Text between the charts.</p>\n');
		const host = await serveHostPage(
			`<!doctype html><html lang="en"><head>${site.probeTag}<title>A newsroom page</title>
			<style>body { margin: 0; font: 16px sans-serif } .slot { width: min(720px, 100%) }</style>
			</head><body><h1>Our own article</h1>\n${slots}</body></html>`,
		);
		try {
			await tab.goto(host.url);
			await loadFrames(tab);
			const fitted = await expectFitted(tab);
			expect(fitted).toHaveLength(embedded.length);

			// The host narrows its column: the map embed follows, to its new height.
			const narrower = 300;
			await tab.evaluate((width) => {
				document.querySelector<HTMLElement>('.slot')!.style.setProperty('width', `${width}px`);
			}, narrower);
			const narrow = await expectFitted(tab, narrower);
			expect(narrow[0]!.width).toBeLessThan(fitted[0]!.width);
			expect(await pageErrors(tab)).toEqual([]);
		} finally {
			await host.close();
		}
	});
});
