import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { embedSnippets } from '../../src/lib/embed/snippets';
import {
	approach,
	countLayoutShifts,
	expectFitted,
	frameHeight,
	frameOf,
	layoutShifts,
	builtCharts,
} from './support/embed-host';
import { BUDGETS } from '../../src/lib/perf/budgets';
import { formatKB } from '../../src/lib/perf/transfer';
import { axe, violations } from './support/axe';
import { builtPages, DIST } from './support/pages';
import { serve, type Served } from './support/site';

// Three origins, as in real life: B serves our built site, A is a newsroom's page that embeds
// our charts, C is some other frame on that page that should have no say over their size.
let ours: Served;
let host: Served;
let other: Served;

const dist = DIST;
// The first chart of each kind the build publishes (a map scene, the timeline), from the build
// itself, so the host page embeds whatever story was built.
const kinds = new Map<string, string>();
for (const chart of builtCharts(dist))
	if (!kinds.has(chart.split('/')[0]!)) kinds.set(chart.split('/')[0]!, chart);
const [sceneChart, wholeChart] = [...kinds.values()] as [string, string];

/** The embed code the gallery publishes for a chart: placeholder, reservation and loader. */
const code = (path: string, title: string) =>
	embedSnippets({ path, title, root: ours.url, height: 600 }).loader;

test.beforeAll(async () => {
	ours = await serve(dist);
	const hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
	const otherDir = mkdtempSync(join(tmpdir(), 'embed-other-'));
	other = await serve(otherDir);
	writeFileSync(
		join(otherDir, 'index.html'),
		`<!doctype html><title>Other frame</title><script>
			for (const height of [7, 9999]) parent.postMessage({ type: 'explainer-embed:height', height }, '*');
		</script>`,
	);
	mkdirSync(join(hostDir, 'pym'));
	copyFileSync(
		resolve(import.meta.dirname, '../../node_modules/pym.js/dist/pym.v1.min.js'),
		join(hostDir, 'pym', 'pym.v1.min.js'),
	);
	writeFileSync(
		join(hostDir, 'index.html'),
		`<!doctype html><html lang="en"><title>A newsroom page</title>
		<style>body { margin: 0; font: 16px sans-serif } .slot { width: 720px } .text { height: 3000px }</style>
		<h1>Our own article</h1>
		<iframe id="other" src="${other.url}" title="Another frame"></iframe>
		<p class="text">A long article, so that the charts start below the fold.</p>
		<div class="slot" id="map-slot">${code(sceneChart, 'Map')}</div>
		<p class="text">Text between the charts.</p>
		<div class="slot" id="timeline-slot">${code(wholeChart, 'Timeline')}</div>
		<p class="text">The rest of the article.</p>`,
	);
	writeFileSync(
		join(hostDir, 'pym', 'index.html'),
		`<!doctype html><html lang="en"><title>A page using pym.js</title>
		<div id="container"></div>
		<script src="pym.v1.min.js"></script>
		<script>window.parentFrame = new pym.Parent('container', '${ours.url}embed/${sceneChart}/', {});</script>`,
	);
	host = await serve(hostDir);
});

test.afterAll(async () => {
	await Promise.all([ours?.close(), host?.close(), other?.close()]);
});

test.use({ viewport: { width: 1280, height: 2400 } });

async function openHost(page: Page) {
	await page.goto(host.url);
	const frames = page.locator('[data-explainer-embed] iframe');
	await expect(frames).toHaveCount(2);
	return frames;
}

/** Opens the host page and scrolls down to each chart in turn, until each fits its frame. */
async function readDown(page: Page) {
	const frames = await openHost(page);
	for (const iframe of await frames.all()) {
		await approach(iframe);
		await expectFitted(iframe);
	}
	return frames;
}

test('the loader turns each placeholder into a titled, lazy, sandboxed iframe from our origin', async ({
	page,
}) => {
	const frames = await openHost(page);
	for (const iframe of await frames.all()) {
		await expect(iframe).toHaveAttribute('title', /.+/);
		await expect(iframe).toHaveAttribute('loading', 'lazy');
		await expect(iframe).toHaveAttribute('sandbox', /allow-scripts/);
		expect(await iframe.getAttribute('sandbox')).not.toMatch(/allow-top-navigation|allow-forms/);
		expect(new URL((await iframe.getAttribute('src'))!).origin).toBe(new URL(ours.url).origin);
	}
});

test('each iframe fits its content, and follows a change of width', async ({ page }) => {
	const frames = await readDown(page);
	const map = frames.first();
	await approach(map);
	const before = await frameHeight(map);
	await page.locator('#map-slot').evaluate((slot: HTMLElement) => {
		slot.style.width = '360px';
	});
	await expect.poll(() => frameHeight(map)).not.toBe(before);
	await expectFitted(map, 'after the column narrowed');
	expect(await frameHeight(map)).toBeLessThan(before);
});

test('the host page does not move while the charts load and fit (layout shift 0)', async ({
	page,
}) => {
	await countLayoutShifts(page);
	const frames = await readDown(page);
	// Then on through the whole article, charts and all.
	for (const iframe of await frames.all()) {
		await iframe.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
	}
	await page.evaluate(() => scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
	await page.evaluate(() => new Promise(requestAnimationFrame));
	const { total, shifts } = await layoutShifts(page);
	expect(total, shifts.join('\n')).toBe(0);
});

test('no frame sees a ResizeObserver loop error while charts fit and columns change', async ({
	page,
}) => {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.text().startsWith('error event:')) errors.push(message.text());
	});
	// In every frame, the host's and the embeds' alike, before any of their scripts.
	await page.addInitScript(() =>
		addEventListener('error', (event) =>
			console.log(`error event: ${location.host} ${event.message}`),
		),
	);
	const frames = await readDown(page);
	for (const [index, iframe] of (await frames.all()).entries()) {
		for (const width of [300, 520, 720]) {
			await page
				.locator('.slot')
				.nth(index)
				.evaluate((slot: HTMLElement, to) => {
					slot.style.width = `${to}px`;
				}, width);
			await expectFitted(iframe, `at ${width} px`);
			await iframe.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
			await page.evaluate(() => new Promise(requestAnimationFrame));
		}
	}
	expect(errors).toEqual([]);
});

test('heights from the host page, from another origin, or malformed ones are ignored', async ({
	page,
}) => {
	const frames = await readDown(page);
	const map = frames.first();
	await approach(map);
	const fitted = await frameHeight(map);

	// The third-party frame on origin C has already posted 7 and 9999 by now.
	await frameOf(page.locator('#other'));
	// The host window itself…
	await page.evaluate(() => {
		window.postMessage({ type: 'explainer-embed:height', height: 11 }, '*');
	});
	// …and malformed messages from the real embed frame.
	const embed = await frameOf(map);
	await embed.evaluate(() => {
		for (const height of [-40, 0, Number.NaN, Infinity, 1e9, '300', null]) {
			parent.postMessage({ type: 'explainer-embed:height', height }, '*');
		}
		parent.postMessage({ type: 'something-else', height: 300 }, '*');
		parent.postMessage('explainer-embed:height 300', '*');
		// Last, a good one: once it is applied, every message before it has been looked at.
		parent.postMessage({ type: 'explainer-embed:height', height: 321 }, '*');
	});
	await expect.poll(() => frameHeight(map)).toBe(321);
	expect(fitted).not.toBe(321);
});

test("a page that uses pym.js's parent script sizes our embed", async ({ page }) => {
	await page.goto(`${host.url}pym/`);
	const iframe = page.locator('#container iframe');
	await expect(iframe).toHaveCount(1);
	await expectFitted(iframe);
});

test.describe('embed options', () => {
	const background = (page: Page) =>
		page.evaluate(() => getComputedStyle(document.body).backgroundColor);

	test('theme=dark renders dark on a light system, theme=light light on a dark one', async ({
		page,
	}) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${ours.url}embed/${sceneChart}/`);
		const light = await background(page);
		await page.goto(`${ours.url}embed/${sceneChart}/?theme=dark`);
		const dark = await background(page);
		expect(dark).not.toBe(light);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${ours.url}embed/${sceneChart}/?theme=light`);
		expect(await background(page)).toBe(light);
		await page.goto(`${ours.url}embed/${sceneChart}/`);
		expect(await background(page)).toBe(dark);
	});

	test('theme=bogus renders the default with exactly one console warning', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${ours.url}embed/${wholeChart}/`);
		const normal = await background(page);
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.goto(`${ours.url}embed/${wholeChart}/?theme=bogus`);
		await page.waitForLoadState('networkidle');
		expect(await background(page)).toBe(normal);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('theme="bogus"');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('caption=0 leaves the chart alone, still named for screen readers', async ({ page }) => {
		const chartTop = async (query: string) => {
			await page.goto(`${ours.url}embed/${sceneChart}/${query}`);
			return (await page.locator('.embed__chart').boundingBox())!.y;
		};
		expect(await chartTop('')).toBeGreaterThan(40);
		expect(await chartTop('?caption=0')).toBeLessThan(20);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/.+/);
	});

	test('a pinned theme keeps every embed accessible, against the system setting', async ({
		page,
	}) => {
		// A pinned theme changes colours only: colour contrast is what it can break (a11y.spec
		// runs every rule on each embed page in the system's light and dark).
		test.setTimeout(120_000);
		const paths = builtPages()
			.map((built) => built.path)
			.filter((path) => path.startsWith('embed/'));
		expect(paths).toEqual(builtCharts(dist).map((chart) => `embed/${chart}/`));
		for (const [system, theme] of [
			['light', 'dark'],
			['dark', 'light'],
		] as const) {
			await page.emulateMedia({ colorScheme: system, reducedMotion: 'reduce' });
			for (const path of paths) {
				await page.goto(`${ours.url}${path}?theme=${theme}`);
				expect(
					await violations(axe(page).withRules(['color-contrast'])),
					`${path}?theme=${theme} in a ${system} system`,
				).toEqual([]);
			}
		}
	});

	test('an unknown scene is a 404', async ({ request }) => {
		const response = await request.get(`${ours.url}embed/map/nope/`);
		expect(response.status()).toBe(404);
	});
});

test(`the loader is at most ${formatKB(BUDGETS.embedLoaderBytes.limit)} gzip`, () => {
	const bytes = gzipSync(readFileSync(join(dist, 'embed.js'))).length;
	console.log(`embed.js: ${formatKB(bytes)} gzip`);
	expect(bytes).toBeLessThanOrEqual(BUDGETS.embedLoaderBytes.limit);
});
