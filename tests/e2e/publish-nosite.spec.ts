import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildSite, serve, type Served } from './support/site';

/** Every text file in the built site, with its path. */
function textFiles(dir: string): { path: string; text: string }[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => join(dir, name))
		.filter((path) => statSync(path).isFile() && /\.(html|txt|xml|css|js|json)$/.test(path))
		.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

// A publisher who has not said where the site will live: nothing may point at a made-up host.
test.describe('built without SITE', () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;
	let out: string;
	let output: string;

	test.beforeAll(async () => {
		test.setTimeout(120_000);
		const build = buildSite('publish-nosite', { SITE: '', BASE_PATH: '/' });
		expect(build.status, build.output).toBe(0);
		out = build.out;
		output = build.output.replace(/\x1b\[[\d;]*m/g, '');
		site = await serve(out, '/');
	});
	test.afterAll(async () => site?.close());

	test('no file names localhost or prints "undefined" where a URL should be', () => {
		const files = textFiles(out);
		expect(files.length).toBeGreaterThan(3);
		for (const { path, text } of files) {
			expect(text, path).not.toMatch(/localhost|127\.0\.0\.1|(href|content|src)="undefined/);
		}
	});

	test('tags that need an absolute URL are left out; the rest stay', async ({ page }) => {
		await page.goto(site.url);
		await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
		await expect(page.locator('meta[property="og:url"], meta[property="og:image"]')).toHaveCount(0);
		await expect(page.locator('meta[property="og:title"]')).toHaveCount(1);
		await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
		const data = JSON.parse(
			(await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
		);
		expect(data['@type']).toBe('NewsArticle');
		expect(data).not.toHaveProperty('image');
		expect(data).not.toHaveProperty('url');
	});

	test('the build warns of nothing, and says once what SITE would add', () => {
		expect(output).not.toMatch(/\[WARN\]/);
		expect(output.match(/SITE is not set/g)).toHaveLength(1);
		expect(existsSync(join(out, 'feed.xml'))).toBe(false);
		expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
	});

	test('robots.txt allows crawling and names no sitemap it cannot give a full URL for', async ({
		request,
	}) => {
		const robots = await (await request.get(new URL('robots.txt', site.url).href)).text();
		expect(robots).toContain('User-agent: *');
		expect(robots).not.toContain('Sitemap:');
	});
});
