import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Locator, type Page } from '@playwright/test';
import { builtPages } from './support/pages';
import { serve, type Served } from './support/site';

// Three origins, as in real life: B serves our built site, A is a newsroom's page that embeds
// our charts, C is some other frame on that page that should have no say over their size.
let ours: Served;
let host: Served;
let other: Served;

const dist = resolve(import.meta.dirname, '../../dist');

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
		<style>body { margin: 0; font: 16px sans-serif } .slot { width: 720px }</style>
		<h1>Our own article</h1>
		<div class="slot" id="map-slot"><div data-explainer-embed="map/caspian-launch" data-title="Map"></div></div>
		<p>Text between the charts.</p>
		<div class="slot" id="timeline-slot"><div data-explainer-embed="timeline" data-title="Timeline"></div></div>
		<iframe id="other" src="${other.url}" title="Another frame"></iframe>
		<script src="${ours.url}embed.js"></script>`,
	);
	writeFileSync(
		join(hostDir, 'pym', 'index.html'),
		`<!doctype html><html lang="en"><title>A page using pym.js</title>
		<div id="container"></div>
		<script src="pym.v1.min.js"></script>
		<script>window.parentFrame = new pym.Parent('container', '${ours.url}embed/map/caspian-launch/', {});</script>`,
	);
	host = await serve(hostDir);
});

test.afterAll(async () => {
	await Promise.all([ours?.close(), host?.close(), other?.close()]);
});

test.use({ viewport: { width: 1280, height: 2400 } });

/** The embed page inside an iframe element, once it has loaded. */
async function frameOf(iframe: Locator): Promise<Frame> {
	const handle = await iframe.elementHandle();
	const frame = await handle!.contentFrame();
	await frame!.waitForLoadState('load');
	return frame!;
}

const contentHeight = (frame: Frame) =>
	frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const frameHeight = (iframe: Locator) =>
	iframe.evaluate((element) => element.getBoundingClientRect().height);

async function expectFitted(iframe: Locator) {
	const frame = await frameOf(iframe);
	await expect
		.poll(async () => Math.abs((await frameHeight(iframe)) - (await contentHeight(frame))))
		.toBeLessThanOrEqual(2);
}

async function openHost(page: Page) {
	await page.goto(host.url);
	const frames = page.locator('[data-explainer-embed] iframe');
	await expect(frames).toHaveCount(2);
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

test('each iframe ends within 2 px of its content, and follows a change of width', async ({
	page,
}) => {
	const frames = await openHost(page);
	for (const iframe of await frames.all()) await expectFitted(iframe);

	const map = frames.first();
	const before = await frameHeight(map);
	await page.locator('#map-slot').evaluate((slot: HTMLElement) => {
		slot.style.width = '360px';
	});
	await expect.poll(() => frameHeight(map)).not.toBe(before);
	await expectFitted(map);
	expect(await frameHeight(map)).toBeLessThan(before);
});

test('heights from the host page, from another origin, or malformed ones are ignored', async ({
	page,
}) => {
	const frames = await openHost(page);
	for (const iframe of await frames.all()) await expectFitted(iframe);
	const map = frames.first();
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
	});
	await page.waitForTimeout(300);
	expect(await frameHeight(map)).toBe(fitted);
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
		await page.goto(`${ours.url}embed/map/caspian-launch/`);
		const light = await background(page);
		await page.goto(`${ours.url}embed/map/caspian-launch/?theme=dark`);
		const dark = await background(page);
		expect(dark).not.toBe(light);
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`${ours.url}embed/map/caspian-launch/?theme=light`);
		expect(await background(page)).toBe(light);
		await page.goto(`${ours.url}embed/map/caspian-launch/`);
		expect(await background(page)).toBe(dark);
	});

	test('theme=bogus renders the default with exactly one console warning', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${ours.url}embed/timeline/`);
		const normal = await background(page);
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		await page.goto(`${ours.url}embed/timeline/?theme=bogus`);
		await page.waitForLoadState('networkidle');
		expect(await background(page)).toBe(normal);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toContain('theme="bogus"');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	});

	test('caption=0 leaves the chart alone, still named for screen readers', async ({ page }) => {
		const chartTop = async (query: string) => {
			await page.goto(`${ours.url}embed/map/iran-impact/${query}`);
			return (await page.locator('.embed__chart').boundingBox())!.y;
		};
		expect(await chartTop('')).toBeGreaterThan(40);
		expect(await chartTop('?caption=0')).toBeLessThan(20);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/.+/);
	});

	test('a pinned theme keeps every embed accessible, against the system setting', async ({
		page,
	}) => {
		const paths = builtPages()
			.map((built) => built.path)
			.filter((path) => path.startsWith('embed/'));
		expect(paths.length).toBeGreaterThanOrEqual(5);
		for (const [system, theme] of [
			['light', 'dark'],
			['dark', 'light'],
		] as const) {
			await page.emulateMedia({ colorScheme: system, reducedMotion: 'reduce' });
			for (const path of paths) {
				await page.goto(`${ours.url}${path}?theme=${theme}`);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(violations.map((violation) => `${path} ${theme}: ${violation.id}`)).toEqual([]);
			}
		}
	});

	test('an unknown scene is a 404', async ({ request }) => {
		const response = await request.get(`${ours.url}embed/map/nope/`);
		expect(response.status()).toBe(404);
	});
});

test('the loader is at most 3 KB gzip', () => {
	const bytes = gzipSync(readFileSync(join(dist, 'embed.js'))).length;
	console.log(`embed.js: ${bytes} bytes gzip`);
	expect(bytes).toBeLessThanOrEqual(3 * 1024);
});
