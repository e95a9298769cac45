import { expect, test } from '@playwright/test';
import { buildSite, serve, type Served } from './support/site';

// A publisher deploying under a sub-path: every link and asset must resolve beneath it.
test.describe('built with BASE_PATH=/sub/', () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		const build = buildSite('base-sub', { BASE_PATH: '/sub/' });
		expect(build.status, build.output).toBe(0);
		site = await serve(build.out, '/sub/');
	});
	test.afterAll(async () => site?.close());

	test('the page and all its assets load from under /sub/', async ({ page }) => {
		const requests: { url: string; status: number }[] = [];
		page.on('response', (response) =>
			requests.push({ url: response.url(), status: response.status() }),
		);
		await page.goto(site.url);
		await page.waitForLoadState('networkidle');
		const origin = new URL(site.url).origin;
		expect(requests.length).toBeGreaterThan(2);
		for (const { url, status } of requests) {
			expect(url.startsWith(`${origin}/sub/`), url).toBe(true);
			expect(status, url).toBeLessThan(400);
		}
		await expect(page.locator('[aria-current="step"]')).toHaveCount(1);
	});

	test('every internal link and asset reference points under /sub/ and resolves', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const references = await page.evaluate(() =>
			[...document.querySelectorAll('[href], [src]')].map(
				(element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
			),
		);
		const internal = references.filter((reference) => !/^(https?:)?\/\//.test(reference));
		expect(internal.length).toBeGreaterThan(10);
		const ids = new Set(
			await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id)),
		);
		for (const reference of internal) {
			if (reference.startsWith('#')) {
				expect(ids.has(decodeURIComponent(reference.slice(1))), reference).toBe(true);
				continue;
			}
			expect(reference.startsWith('/sub/'), reference).toBe(true);
			const response = await request.get(new URL(reference, site.url).href);
			expect(response.status(), reference).toBe(200);
		}
	});
});
