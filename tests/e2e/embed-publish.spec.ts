/**
 * Publishing the charts for other sites, as built with SITE and under a sub-path: oEmbed
 * discovery and responses, embed pages kept out of search results, and the loader pasted inline
 * (no src to tell it where the charts are). Without SITE, oEmbed is left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type BrowserContext } from '@playwright/test';
import { articleData } from './support/content';
import {
	approach,
	builtCharts,
	expectFitted,
	galleryCodes,
	hostSite,
	type HostSite,
} from './support/embed-host';
import { oembedProblems } from './support/oembed';
import { builtPages, DIST } from './support/pages';
import { pngSize } from './support/png';
import { PUBLISHED, publishedBuild, serve, type Served } from './support/site';

const { SITE, BASE_PATH: BASE } = PUBLISHED;
const PUBLIC = `${SITE}${BASE}`;
const OEMBED = 'link[rel="alternate"][type="application/json+oembed"]';

test.describe(`built with SITE=${SITE} BASE_PATH=${BASE}`, () => {
	test.describe.configure({ mode: 'serial' });
	let site: Served;
	let out: string;
	let host: HostSite;
	/** The local address of a public URL of the site. */
	const local = (url: string) => {
		expect(url.startsWith(PUBLIC), url).toBe(true);
		return new URL(url.slice(PUBLIC.length), site.url).href;
	};
	/** Serves the public address from the local build, as the real host would. */
	const publish = (context: BrowserContext) =>
		context.route(`${PUBLIC}**`, async (route) =>
			route.fulfill({ response: await route.fetch({ url: local(route.request().url()) }) }),
		);

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		const build = await publishedBuild();
		expect(build.status, build.output).toBe(0);
		out = build.out;
		site = await serve(out, BASE);
		host = await hostSite();
	});
	test.afterAll(async () => Promise.all([site?.close(), host?.close()]));

	test('every embed page names its own oEmbed response, which is valid oEmbed 1.0', async ({
		page,
		request,
	}) => {
		const charts = builtCharts(out);
		expect(charts.length).toBeGreaterThan(0);
		for (const chart of charts) {
			await page.goto(local(`${PUBLIC}embed/${chart}/`));
			const links = page.locator(OEMBED);
			await expect(links, chart).toHaveCount(1);
			const href = (await links.getAttribute('href'))!;
			expect(href).toBe(`${PUBLIC}oembed/${chart}.json`);
			const response = await request.get(local(href));
			expect(response.status(), href).toBe(200);
			expect(response.headers()['content-type']).toContain('application/json');
			const oembed = (await response.json()) as Record<string, unknown>;
			expect(oembedProblems(oembed), chart).toEqual([]);
			expect(oembed.title).toBe(await links.getAttribute('title'));
			expect(oembed.provider_url).toBe(PUBLIC);
			expect(oembed.provider_name).toBe(articleData().author);
			// The plain iframe code, of this very chart's embed page.
			const html = String(oembed.html);
			expect(html).toMatch(/^<iframe [^>]*><\/iframe>$/s);
			expect(html).toContain(`src="${PUBLIC}embed/${chart}/?theme=auto"`);
			expect(html).toContain(`height="${oembed.height}"`);
			// The chart's own social card, as its page shares it, the size the response says.
			const image = await page.locator('meta[property="og:image"]').getAttribute('content');
			expect(oembed.thumbnail_url).toBe(image);
			const card = await request.get(local(String(oembed.thumbnail_url)));
			expect(card.status()).toBe(200);
			const size = pngSize(await card.body());
			expect(size).toEqual({ width: oembed.thumbnail_width, height: oembed.thumbnail_height });
			expect(size).toEqual({ width: 1200, height: 630 });
		}
	});

	test('the story names every chart’s oEmbed response, the one on its card first', async ({
		page,
	}) => {
		await page.goto(site.url);
		const hrefs = await page
			.locator(OEMBED)
			.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		const charts = builtCharts(out);
		expect(hrefs.toSorted()).toEqual(
			charts.map((chart) => `${PUBLIC}oembed/${chart}.json`).toSorted(),
		);
		expect(hrefs[0]).toMatch(new RegExp(`/${articleData().card}\\.json$`));
	});

	test('embed pages say noindex and stay out of the sitemap; the story and the gallery do not', async ({
		request,
	}) => {
		const sitemap = await (await request.get(`${site.url}sitemap-0.xml`)).text();
		const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
		expect(listed).toContain(PUBLIC);
		expect(listed).toContain(`${PUBLIC}components/`);
		expect(listed.filter((url) => url.includes('/embed/'))).toEqual([]);
		for (const built of builtPages(out)) {
			const html = readFileSync(built.file, 'utf8');
			const noindex = /<meta name="robots" content="noindex"/.test(html);
			if (built.path.startsWith('embed/')) expect(noindex, built.name).toBe(true);
			if (built.path === '' || built.path === 'components/')
				expect(noindex, built.name).toBe(false);
		}
	});

	test('the loader pasted inline, with no src, still finds the charts where the site was built for', async ({
		page,
		context,
	}) => {
		await publish(context);
		const loader = readFileSync(join(out, 'embed.js'), 'utf8');
		const chart = builtCharts(out)[0]!;
		// As a tag manager pastes it: the element, and the loader's text in an inline script.
		const element = galleryCodes(out, PUBLIC).get(chart)!.split('\n')[0]!;
		const url = host.page(
			'inline',
			`<!doctype html><title>Inline</title><p style="height: 120vh">Text.</p>${element}
			<script>${loader}</script><p style="height: 120vh">More.</p>`,
		);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(url);
		const iframe = page.locator('iframe');
		await expect(iframe).toHaveAttribute('src', `${PUBLIC}embed/${chart}/?theme=auto`);
		await approach(iframe);
		await expectFitted(iframe);
		expect(errors).toEqual([]);
	});
});

test.describe('built without SITE', () => {
	test('there is no oEmbed response and no page links to one (the build says why)', () => {
		expect(existsSync(join(DIST, 'oembed'))).toBe(false);
		for (const built of builtPages(DIST)) {
			expect(readFileSync(built.file, 'utf8'), built.name).not.toContain('json+oembed');
		}
	});

	test('embed pages still say noindex', () => {
		const embeds = builtPages(DIST).filter((built) => built.path.startsWith('embed/'));
		expect(embeds.length).toBeGreaterThan(0);
		for (const built of embeds) {
			expect(readFileSync(built.file, 'utf8'), built.name).toContain(
				'<meta name="robots" content="noindex"',
			);
		}
	});
});
