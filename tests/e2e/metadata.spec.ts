/**
 * What publishers and platforms read, on a build with SITE under a sub-path: the article's
 * structured data (validated against the schema.org types it uses and Google's Article
 * guidance), its images in three ratios, the feed, "Updates and corrections", and each step's
 * share page with its own preview. Expectations come from content/ and the built pages.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { articleData } from './support/content';
import { pngSize } from './support/png';
import { copyInsteadOfShare, headContent, localUrl } from './support/published';
import { PUBLISHED, publishedBuild, serve, type Served } from './support/site';
import { articleProblems } from './support/structured-data';

const { SITE, BASE_PATH: BASE } = PUBLISHED;
const PUBLIC = `${SITE}${BASE}`;

interface Update {
	date: string;
	kind: 'correction' | 'update';
	change: string;
	reason: string;
}
const article = articleData() as ReturnType<typeof articleData> & {
	updates?: Update[];
	authorUrl: string;
	authorType?: string;
};
const updates = article.updates ?? [];

test.describe(`built with SITE=${SITE} BASE_PATH=${BASE}`, () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;
	const local = (url: string) => localUrl(url, PUBLIC, site.url);
	const meta = headContent;
	const structuredData = async (page: Page) =>
		JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '');

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		const build = await publishedBuild();
		expect(build.status, build.output).toBe(0);
		// A build that needs nothing from its reader prints no warning.
		expect(build.output.replace(/\x1b\[[\d;]*m/g, '')).not.toMatch(/\[WARN\]/);
		site = await serve(build.out, BASE);
	});
	test.afterAll(async () => site?.close());

	test('the NewsArticle JSON-LD is valid and carries the dates, author and corrections', async ({
		page,
	}) => {
		await page.goto(site.url);
		const data = await structuredData(page);
		expect(articleProblems(data)).toEqual([]);
		expect(data.datePublished).toBe(article.published);
		expect(data.dateModified).toBe(article.modified);
		expect(data.author).toEqual([
			{
				'@type': article.authorType ?? 'Organization',
				name: article.author,
				url: new URL(article.authorUrl, SITE).href,
			},
		]);
		const corrections = updates.filter((update) => update.kind === 'correction');
		expect(data.correction ?? []).toEqual(
			corrections.map((update) => ({
				'@type': 'CorrectionComment',
				datePublished: update.date,
				text: update.change,
			})),
		);
		expect(await meta(page, 'meta[name="robots"]')).toBe('max-image-preview:large');
		expect(await meta(page, 'meta[property="article:modified_time"]')).toBe(article.modified);
	});

	test('the article has images in 16:9, 4:3 and 1:1, each at least 1200 px wide', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const { image } = await structuredData(page);
		const ratios = [];
		for (const url of image as string[]) {
			const response = await request.get(local(url));
			expect(response.status(), url).toBe(200);
			expect(response.headers()['content-type'], url).toBe('image/png');
			const { width, height } = pngSize(await response.body());
			expect(width, url).toBeGreaterThanOrEqual(1200);
			ratios.push(Number((width / height).toFixed(3)));
		}
		expect(ratios.toSorted()).toEqual([1, 4 / 3, 16 / 9].map((r) => Number(r.toFixed(3))));
	});

	test('the feed is RSS 2.0 with the story and each update, linked from the story', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const href = await page
			.locator('head link[rel="alternate"][type="application/rss+xml"]')
			.getAttribute('href');
		expect(href).toBe(`${PUBLIC}feed.xml`);
		const response = await request.get(local(href!));
		expect(response.status()).toBe(200);
		const xml = await response.text();
		const feed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		expect(feed.rss['@_version']).toBe('2.0');
		const { channel } = feed.rss;
		// RSS 2.0's required channel elements, and the recommended link to itself.
		expect(channel.title).toBe(article.headline);
		expect(channel.link).toBe(PUBLIC);
		expect(channel.description).toBe(article.standfirst);
		expect(channel['atom:link']['@_href']).toBe(href);
		const items = [channel.item].flat();
		expect(items).toHaveLength(1 + updates.length);
		const rfc822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;
		for (const item of items) {
			expect(item.title || item.description).toBeTruthy();
			expect(item.pubDate).toMatch(rfc822);
			expect(item.guid['#text']).toBe(item.link);
		}
		const dates = items.map((item) => Date.parse(item.pubDate));
		expect(dates).toEqual(dates.toSorted((a, b) => b - a));
		expect(items.find((item) => item.link === PUBLIC)?.title).toBe(article.headline);
		// Each update's item links to its entry on the page, which says what the feed says.
		for (const update of updates) {
			const item = items.find((candidate) => candidate.description.startsWith(update.change));
			expect(item, update.change).toBeDefined();
			expect(Date.parse(item.pubDate)).toBe(Date.parse(update.date));
			const anchor = new URL(item.link).hash.slice(1);
			await expect(page.locator(`[id="${anchor}"]`)).toContainText(update.change);
		}
	});

	test('"Updates and corrections" ends the article, and the byline links to it', async ({
		page,
	}) => {
		await page.goto(site.url);
		const section = page.getByRole('region', { name: article.page.updatesTitle });
		if (updates.length === 0) {
			await expect(section).toHaveCount(0);
			return;
		}
		const entries = section.getByRole('listitem');
		await expect(entries).toHaveCount(updates.length);
		for (const [index, update] of updates.entries()) {
			await expect(entries.nth(index)).toContainText(update.change);
			await expect(entries.nth(index)).toContainText(update.reason);
			await expect(entries.nth(index).locator('time')).toHaveAttribute('datetime', update.date);
		}
		// Nothing of the article comes after it.
		const last = await page.locator('article.story > *').last().getAttribute('id');
		expect(last).toBe(await section.getAttribute('id'));
		const byline = page.locator('.story__byline');
		await expect(byline.locator('time').last()).toHaveAttribute('datetime', article.modified);
		await byline.getByRole('link', { name: 'Updated' }).click();
		await expect(section).toBeInViewport();
	});

	test('each step’s share page has its own title, description and card, and is not indexed', async ({
		page,
		request,
	}) => {
		await page.goto(site.url);
		const steps = await page.locator('[data-step]').evaluateAll((elements) =>
			elements.map((step) => ({
				id: step.id,
				title: step.getAttribute('data-title')!,
				scene: step.getAttribute('data-scene')!,
				// The words a reader sees in the card: no citation numbers, description or button.
				text: [...step.querySelectorAll('.step__body > p:not(.visually-hidden, .step__alt)')]
					.map((p) =>
						[...p.childNodes]
							.filter(
								(node) =>
									!(node instanceof Element && node.matches('.cite, sup, a[href^="#source"]')),
							)
							.map((node) => node.textContent)
							.join(''),
					)
					.join(' ')
					.replace(/\s+/g, ' ')
					.trim(),
			})),
		);
		const titles = new Set<string>();
		for (const step of steps) {
			const url = `${PUBLIC}s/${step.id}/`;
			const html = await (await request.get(local(url))).text();
			await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
			const title = await page.title();
			expect(title, step.id).toContain(step.title);
			titles.add(`${title} ${await meta(page, 'meta[name="description"]')}`);
			const description = (await meta(page, 'meta[name="description"]'))!;
			expect(
				step.text.startsWith(description.replace(/…$/, '')),
				`${step.id}: ${description}`,
			).toBe(true);
			expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
			expect(await meta(page, 'meta[property="og:title"]')).toBe(title);
			const image = (await meta(page, 'meta[property="og:image"]'))!;
			expect(image).toBe(`${PUBLIC}social/${step.scene}.png`);
			expect(pngSize(await (await request.get(local(image))).body())).toEqual({
				width: 1200,
				height: 630,
			});
			expect(await meta(page, 'meta[property="og:url"]')).toBe(url);
			expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(url);
			expect(await meta(page, 'meta[name="robots"]')).toBe('noindex');
		}
		// Two steps on one scene share a card, but never a preview.
		expect(titles.size).toBe(steps.length);
	});

	test('a share page lands on its step under the sub-path, with and without JavaScript', async ({
		browser,
	}) => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await browser.newContext({ javaScriptEnabled });
			const page = await context.newPage();
			await page.goto(site.url);
			const ids = await page.locator('[data-step]').evaluateAll((s) => s.map((e) => e.id));
			for (const id of [ids[0]!, ids.at(-1)!]) {
				await page.goto(new URL(`s/${id}/`, site.url).href);
				await expect(page).toHaveURL(new URL(`#${id}`, site.url).href);
				if (javaScriptEnabled) {
					await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('aria-current', 'step');
				} else {
					await expect(page.locator(`[id="${id}"]`)).toBeVisible();
				}
			}
			await context.close();
		}
	});

	test('the share button copies the public address of the step’s page', async ({
		page,
		context,
	}) => {
		await copyInsteadOfShare(page, context);
		await page.goto(site.url);
		const step = page.locator('[data-step]').first();
		await step.getByRole('button', { name: 'Share this step' }).click();
		await expect(step.getByRole('status')).toHaveText('Link copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			`${PUBLIC}s/${await step.getAttribute('id')}/`,
		);
	});

	test('the sitemap lists the story but no share page', async ({ request }) => {
		const index = await (await request.get(local(`${PUBLIC}sitemap-index.xml`))).text();
		const pages: string[] = [];
		for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const text = await (await request.get(local(sitemap!))).text();
			pages.push(...[...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!));
		}
		expect(pages).toContain(PUBLIC);
		expect(pages.filter((url) => url.startsWith(`${PUBLIC}s/`))).toEqual([]);
	});
});
