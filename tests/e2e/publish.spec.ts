import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { articleData, sceneIds } from './support/content';
import { countColour, decodePng, pngSize } from './support/png';
import { headContent, localUrl } from './support/published';
import { PUBLISHED, publishedBuild, serve, type Served } from './support/site';

// A newsroom publishing under a sub-path of its own domain, then sharing the link.
const { SITE, BASE_PATH: BASE } = PUBLISHED;
const PUBLIC = `${SITE}${BASE}`;
// Where a person can look at what the build made.
const LOOK = resolve(import.meta.dirname, '../../test-results/publish');

test.describe(`built with SITE=${SITE} BASE_PATH=${BASE}`, () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;
	const local = (url: string) => localUrl(url, PUBLIC, site.url);
	const meta = headContent;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		const build = await publishedBuild();
		expect(build.status, build.output).toBe(0);
		site = await serve(build.out, BASE);
		mkdirSync(LOOK, { recursive: true });
	});
	test.afterAll(async () => site?.close());

	test('canonical and Open Graph URLs are absolute, on SITE, under the base path', async ({
		page,
	}) => {
		await page.goto(site.url);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', PUBLIC);
		expect(await meta(page, 'meta[property="og:url"]')).toBe(PUBLIC);
		expect(await meta(page, 'meta[property="og:image"]')).toBe(`${PUBLIC}social/story.png`);
		expect(await meta(page, 'meta[property="og:type"]')).toBe('article');
		expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
		const article = articleData();
		await expect(page).toHaveTitle(article.headline);
		expect(await meta(page, 'meta[property="og:title"]')).toBe(article.headline);
		expect(await meta(page, 'meta[name="description"]')).toBe(article.standfirst);
		expect(await page.locator('html').getAttribute('lang')).toBe(article.lang);
		expect(await meta(page, 'meta[property="og:image:alt"]')).toContain(article.headline);
	});

	test('the shared image is the 1200×630 social card, headline and map scene', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const image = (await meta(page, 'meta[property="og:image"]'))!;
		const response = await request.get(local(image));
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const png = await response.body();
		writeFileSync(resolve(LOOK, 'social-card.png'), png);
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.byteLength).toBeLessThan(150_000);
		expect(await meta(page, 'meta[property="og:image:width"]')).toBe('1200');
		expect(await meta(page, 'meta[property="og:image:height"]')).toBe('630');
		// Light headline text on the left, the accent-coloured routes of the map on the right.
		const pixels = decodePng(png);
		const left = { x: 0, y: 0, width: 640, height: 630 };
		const right = { x: 640, y: 0, width: 560, height: 630 };
		expect(countColour(pixels, '#ebe8e2', left)).toBeGreaterThan(5_000);
		expect(countColour(pixels, '#ff8a7a', right)).toBeGreaterThan(1_000);
	});

	test('every scene has its own card, for its embed page', async ({ request }) => {
		for (const scene of sceneIds()) {
			const response = await request.get(local(`${PUBLIC}social/${scene}.png`));
			expect(response.status(), scene).toBe(200);
			expect(pngSize(await response.body()), scene).toEqual({ width: 1200, height: 630 });
		}
	});

	test('the NewsArticle JSON-LD parses and carries the article data', async ({ page }) => {
		await page.goto(site.url);
		const blocks = await page
			.locator('script[type="application/ld+json"]')
			.evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
		expect(blocks).toHaveLength(1);
		const data = JSON.parse(blocks[0]!);
		const article = articleData();
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: article.headline,
			datePublished: article.published,
			dateModified: article.modified,
			inLanguage: article.lang,
			author: [{ '@type': 'Organization', name: article.author }],
			mainEntityOfPage: PUBLIC,
		});
		// The article's own images (16:9, 4:3, 1:1), absolute, on the public origin.
		expect(data.image).toHaveLength(3);
		for (const image of data.image as string[]) expect(image.startsWith(PUBLIC)).toBe(true);
	});

	test('robots.txt names the sitemap, and the sitemap lists the story and not the 404 page', async ({
		request,
	}) => {
		const robots = await (await request.get(new URL('robots.txt', site.url).href)).text();
		const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
		expect(sitemapUrl).toBe(`${PUBLIC}sitemap-index.xml`);

		const index = await request.get(local(sitemapUrl!));
		expect(index.status()).toBe(200);
		const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
		expect(sitemaps.length).toBeGreaterThan(0);
		const pages: string[] = [];
		for (const sitemap of sitemaps) {
			const response = await request.get(local(sitemap));
			expect(response.status(), sitemap).toBe(200);
			pages.push(
				...[...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
			);
		}
		expect(pages).toContain(PUBLIC);
		expect(pages.filter((url) => /404/.test(url))).toEqual([]);
		for (const url of pages) {
			expect((await request.get(local(url))).status(), url).toBe(200);
		}
	});

	test('the favicons resolve under the base path: SVG, a PNG fallback and a touch icon', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const icons = await page
			.locator('head link[rel="icon"], head link[rel="apple-touch-icon"]')
			.evaluateAll((links) =>
				links.map((link) => ({
					rel: link.getAttribute('rel'),
					href: link.getAttribute('href')!,
					type: link.getAttribute('type'),
				})),
			);
		expect(icons.map((icon) => icon.type)).toEqual(['image/png', 'image/svg+xml', null]);
		const sizes = [];
		for (const icon of icons) {
			expect(icon.href.startsWith(BASE), icon.href).toBe(true);
			const response = await request.get(new URL(icon.href, site.url).href);
			expect(response.status(), icon.href).toBe(200);
			if (icon.type !== 'image/svg+xml') sizes.push(pngSize(await response.body()).width);
		}
		expect(sizes).toEqual([32, 180]);
	});

	test('a missing page answers 404 with a way back to the story, at any depth', async ({
		page,
	}) => {
		const response = await page.goto(new URL('no/such/page/', site.url).href);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await meta(page, 'meta[name="robots"]')).toBe('noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		// Its own styles and icons load although the page was served from a deeper path.
		const background = await page.evaluate(
			() => getComputedStyle(document.documentElement).backgroundColor,
		);
		expect(background).not.toBe('rgba(0, 0, 0, 0)');

		await page.getByRole('link', { name: articleData().headline }).click();
		await expect(page).toHaveURL(site.url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(articleData().headline);
	});

	for (const width of [375, 1280]) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`the 404 page at ${width} px, ${colorScheme}: saved for a person to look at`, async ({
				page,
			}) => {
				await page.setViewportSize({ width, height: 800 });
				await page.emulateMedia({ colorScheme });
				await page.goto(new URL('missing/', site.url).href);
				const sections = page.getByRole('list').last().getByRole('link');
				expect(await sections.count()).toBeGreaterThan(3);
				// Nothing sticks out sideways on a phone.
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
				);
				expect(overflow).toBe(0);
				await page.screenshot({
					path: resolve(LOOK, `404-${width}-${colorScheme}.png`),
					fullPage: true,
				});
			});
		}
	}
});
