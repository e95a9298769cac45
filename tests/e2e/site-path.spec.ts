/**
 * A SITE with a path (`https://example.org/stories/`, no BASE_PATH) is honoured everywhere, not
 * dropped: the path becomes the base, so the pages' own URLs, the canonical and sharing URLs,
 * the embed codes and the sitemap all point under it. A BASE_PATH outside that path is refused.
 */
import { expect, test } from '@playwright/test';
import { buildSite, serve, type Served } from './support/site';

const SITE = 'https://example.org/stories/';

test.describe(`built with SITE=${SITE} and no BASE_PATH`, () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		const build = buildSite('site-path', { SITE, BASE_PATH: '' });
		expect(build.status, build.output).toBe(0);
		site = await serve(build.out, new URL(SITE).pathname);
	});
	test.afterAll(async () => site?.close());

	test('the story is served under the path, with its scripts and styles', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(site.url);
		const local = await page
			.locator('script[src], link[href][rel="stylesheet"], link[rel~="icon"]')
			.evaluateAll((elements) =>
				elements.map((element) => element.getAttribute('src') ?? element.getAttribute('href')!),
			);
		expect(local.length).toBeGreaterThan(0);
		for (const url of local) expect(url, url).toMatch(/^\/stories\//);
		expect(failed).toEqual([]);
	});

	test('canonical and Open Graph URLs keep the path', async ({ page }) => {
		await page.goto(site.url);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', SITE);
		await expect(page.locator('head meta[property="og:url"]')).toHaveAttribute('content', SITE);
	});

	test('the embed codes in the gallery point under the path', async ({ page }) => {
		await page.goto(new URL('components/', site.url).href);
		const codes = await page.locator('pre, code, textarea').allTextContents();
		const urls = codes.join('\n').match(/https:\/\/example\.org[^\s"'<>]*/g) ?? [];
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(url, url).toMatch(/^https:\/\/example\.org\/stories\//);
	});

	test('robots.txt and the sitemap list URLs under the path', async ({ request }) => {
		const robots = await (await request.get(new URL('robots.txt', site.url).href)).text();
		expect(robots).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
		const sitemap = await (await request.get(new URL('sitemap-0.xml', site.url).href)).text();
		const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(pages).toContain(SITE);
		for (const url of pages) expect(url, url).toMatch(/^https:\/\/example\.org\/stories\//);
	});
});

test('a BASE_PATH outside the path of SITE is refused, saying so', () => {
	const build = buildSite('site-path-conflict', { SITE, BASE_PATH: '/elsewhere/', NO_COLOR: '1' });
	expect(build.status).not.toBe(0);
	expect(build.output).toMatch(
		/SITE .* is refused: its path "\/stories\/" and BASE_PATH "\/elsewhere\/" disagree/,
	);
});
