/**
 * The frames fit their charts: on a newsroom's page on another origin, with the embed codes the
 * gallery publishes, every chart the build published ends within a few pixels of its frame at
 * column widths from a phone's to a desktop's, and the host page never moves in view. And an
 * embed code copied before a content edit still fits the chart after it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse, stringify } from 'yaml';
import {
	MAX_BAND,
	approach,
	band,
	builtCharts,
	countLayoutShifts,
	expectFitted,
	galleryCodes,
	hostSite,
	layoutShifts,
	readAt,
	type HostSite,
} from './support/embed-host';
import { DIST } from './support/pages';
import { buildSite, serve, type Served } from './support/site';

const WIDTHS = [280, 340, 640, 1280];
const root = resolve(import.meta.dirname, '../..');

/** A host page: an article with each chart's code in a column `width` px wide, far apart. */
function article(codes: Map<string, string>, width: number): string {
	const slots = [...codes].map(
		([path, code]) => `<p class="text">Text before the chart.</p>
		<div class="slot" data-chart="${path}">${code}</div>`,
	);
	return `<!doctype html><html lang="en"><title>A newsroom's article</title>
	<style>
		body { margin: 0 16px; font: 18px/1.5 Georgia, serif }
		.slot { width: ${width}px }
		.text { min-height: 120vh }
	</style>
	<h1>An article with our charts</h1>
	${slots.join('\n')}
	<p class="text">The end of the article.</p>`;
}

/**
 * Reads the article down as a reader would: each chart comes up from below the fold, and must
 * fit its frame by the time it is read; at the end, the page must not have moved.
 */
async function readArticle(page: Page, url: string, width: number, charts: string[]) {
	await page.setViewportSize({ width: width + 32, height: width < 600 ? 740 : 900 });
	await countLayoutShifts(page);
	await page.goto(url);
	const slots = page.locator('.slot');
	expect(
		await slots.evaluateAll((all) => all.map((slot) => slot.getAttribute('data-chart'))),
	).toEqual(charts);
	const problems: string[] = [];
	for (const slot of await slots.all()) {
		const path = await slot.getAttribute('data-chart');
		const iframe = slot.locator('iframe');
		await approach(slot);
		await expectFitted(iframe, `${path} at ${width} px, coming into view`);
		await readAt(slot);
		await page.evaluate(() => new Promise(requestAnimationFrame));
		const blank = await band(iframe);
		if (blank < 0 || blank > MAX_BAND) problems.push(`${path} at ${width} px: band ${blank} px`);
	}
	expect(problems).toEqual([]);
	const { total, shifts } = await layoutShifts(page);
	expect(total, `layout shifts at ${width} px:\n${shifts.join('\n')}`).toBe(0);
}

let ours: Served;
let host: HostSite;

test.beforeAll(async () => {
	ours = await serve(DIST);
	host = await hostSite();
});
test.afterAll(async () => {
	await Promise.all([ours?.close(), host?.close()]);
});

test('the gallery has a loader code for every chart the build published', () => {
	expect([...galleryCodes(DIST, ours.url).keys()].sort()).toEqual(builtCharts(DIST).sort());
});

for (const width of WIDTHS) {
	test(`every chart fits its frame in a ${width} px column, and the host page keeps still`, async ({
		page,
	}) => {
		const codes = galleryCodes(DIST, ours.url);
		await readArticle(
			page,
			host.page(`fit-${width}`, article(codes, width)),
			width,
			builtCharts(DIST),
		);
	});
}

test.describe('after an event is added to the content and the site rebuilt', () => {
	test.describe.configure({ mode: 'serial' });
	let rebuilt: Served;
	let rebuiltDir: string;
	let output: string;
	let added: { id: string; title: string };

	test.beforeAll(async () => {
		test.setTimeout(180_000);
		const content = mkdtempSync(join(tmpdir(), 'embed-content-'));
		cpSync(join(root, 'content'), content, { recursive: true });
		const file = join(content, 'data/events.yaml');
		const events = parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
		const scenes = parse(readFileSync(join(content, 'data/scenes.yaml'), 'utf8')) as {
			focus?: string[];
		}[];
		const last = events.at(-1)!;
		// A long title and a place on a map, so both kinds of chart grow.
		added = {
			id: 'added-by-the-embed-test',
			// Within any title limit the schema sets, yet long enough to wrap on a phone.
			title: 'One more event, added by a test, with a title that wraps',
		};
		const place = scenes.find((scene) => scene.focus)?.focus?.[0];
		events.push({ ...last, ...added, places: place ? [place] : [] });
		writeFileSync(file, stringify(events));
		const build = buildSite('embed-fit-edited', { CONTENT_DIR: content, SITE: '', BASE_PATH: '/' });
		expect(build.status, build.output).toBe(0);
		output = build.output;
		rebuiltDir = build.out;
		rebuilt = await serve(build.out);
	});
	test.afterAll(async () => rebuilt?.close());

	test('the rebuilt site has the event in its timeline data', async ({ request }) => {
		const csv = await (await request.get(`${rebuilt.url}data/timeline-events.csv`)).text();
		expect(csv).toContain(added.id);
	});

	for (const width of WIDTHS) {
		test(`the codes copied before the edit still fit every chart in a ${width} px column`, async ({
			page,
		}) => {
			// The codes of the build before the edit, pointed at the rebuilt site.
			const codes = galleryCodes(DIST, rebuilt.url);
			const url = host.page(`edited-${width}`, article(codes, width));
			await readArticle(page, url, width, builtCharts(rebuiltDir));
		});
	}

	test('built without SITE, the build says that oEmbed needs absolute URLs', () => {
		expect(output).toMatch(/oEmbed needs absolute URLs/);
	});
});
