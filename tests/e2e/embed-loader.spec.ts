/**
 * The loader in the set-ups newsrooms have, on a host page on another origin than ours: charts
 * added after load, a container moved in the DOM, a chart name that does not exist, the host's
 * theme changing live, a frame that reports while the reader looks at it, a phone turned. And
 * the embed page reads a repeated option one way, before the first paint and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { THEME_MESSAGE } from '../../src/lib/embed/messages';
import {
	approach,
	band,
	builtCharts,
	countLayoutShifts,
	expectFitted,
	frameHeight,
	frameOf,
	galleryCodes,
	hostSite,
	layoutShifts,
	MAX_BAND,
	type HostSite,
} from './support/embed-host';
import { DIST } from './support/pages';
import { serve, type Served } from './support/site';

let ours: Served;
let host: HostSite;
/** The gallery's loader codes, by chart. */
let codes: Map<string, string>;
/** A map chart and the timeline, or whatever the build published first and last. */
let first: string;
let last: string;

test.beforeAll(async () => {
	ours = await serve(DIST);
	host = await hostSite();
	codes = galleryCodes(DIST, ours.url);
	const charts = builtCharts(DIST);
	first = charts[0]!;
	last = charts.at(-1)!;
});
test.afterAll(async () => {
	await Promise.all([ours?.close(), host?.close()]);
});

const loaderTag = () => `<script async src="${ours.url}embed.js"></script>`;
const page = (body: string) =>
	`<!doctype html><html lang="en"><title>A newsroom page</title>
	<style>body { margin: 0 16px; font: 18px/1.5 Georgia, serif } .text { min-height: 120vh }</style>
	${body}`;

function warningsOf(target: Page): string[] {
	const warnings: string[] = [];
	target.on('console', (message: ConsoleMessage) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	return warnings;
}

test('a chart added after the page loaded is mounted and fitted', async ({ page: tab }) => {
	await tab.goto(
		host.page('later', page(`<h1>Infinite scroll</h1><main id="feed"></main>${loaderTag()}`)),
	);
	await tab.waitForFunction(() => 'explainerEmbeds' in window);
	// A client-rendered page adds the chart, wrapped in markup of its own, long after load.
	await tab.evaluate((code) => {
		const item = document.createElement('article');
		item.innerHTML = `<p class="text">A later story.</p><div class="slot">${code}</div>`;
		document.getElementById('feed')!.append(item);
	}, codes.get(first)!);
	const iframe = tab.locator('.slot iframe');
	await expect(iframe).toHaveCount(1);
	await approach(iframe);
	await expectFitted(iframe);
});

test('a chart whose container moved keeps fitting its frame', async ({ page: tab }) => {
	await tab.goto(
		host.page(
			'move',
			page(`<p class="text">Text.</p><div id="a" class="slot">${codes.get(first)}</div>
			<p class="text">More.</p><aside id="b"></aside><p class="text">End.</p>`),
		),
	);
	const iframe = tab.locator('iframe');
	await approach(iframe);
	await expectFitted(iframe);
	const before = await iframe.evaluate((frame: HTMLIFrameElement) => frame.contentWindow);
	// The CMS moves the chart into another part of the page: the iframe reloads.
	await tab.evaluate(() => document.getElementById('b')!.append(document.getElementById('a')!));
	const reloaded = await frameOf(iframe);
	expect(
		await iframe.evaluate((frame: HTMLIFrameElement, old) => frame.contentWindow !== old, before),
	).toBe(true);
	await approach(iframe);
	const wide = await frameHeight(iframe);
	// Its heights still count: narrow the column, and the frame follows.
	await tab.locator('#a').evaluate((slot: HTMLElement) => slot.style.setProperty('width', '300px'));
	await expect.poll(() => frameHeight(iframe)).not.toBe(wide);
	await expectFitted(iframe, 'after the move and a narrower column');
	expect(reloaded.url()).toContain(`embed/${first}/`);
});

test('a chart that does not exist gets one warning and no frame', async ({ page: tab }) => {
	const warnings = warningsOf(tab);
	const wrong = `${first.split('/')[0]}/does-not-exist`;
	const slot = (path: string) => `<div data-explainer-embed="${path}"></div>`;
	// A typo twice, and a path that would lead out of the embed folder.
	const slots = `${slot(wrong)}${slot(wrong)}${slot('../../evil')}`;
	await tab.goto(host.page('unknown', page(`${slots}${codes.get(last)}`)));
	// The real chart is mounted, so the loader has seen all the elements before it.
	await expect(tab.locator(`[data-explainer-embed="${last}"] iframe`)).toHaveCount(1);
	await expect(tab.locator('iframe')).toHaveCount(1);
	const about = warnings.filter((warning) => warning.includes(wrong));
	expect(about).toHaveLength(1);
	expect(about[0]).toContain(last);
	expect(warnings.filter((warning) => warning.includes('../../evil'))).toHaveLength(1);
});

test.describe('theme', () => {
	const theme = (frame: Awaited<ReturnType<typeof frameOf>>) =>
		frame.evaluate(() => ({
			pinned: document.documentElement.dataset.theme ?? 'auto',
			background: getComputedStyle(document.body).backgroundColor,
		}));

	test('a change of data-theme on the host element switches the chart without reloading it', async ({
		page: tab,
	}) => {
		await tab.emulateMedia({ colorScheme: 'light' });
		await tab.goto(host.page('theme', page(codes.get(first)!)));
		const iframe = tab.locator('iframe');
		const frame = await frameOf(iframe);
		await frame.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		const light = await theme(frame);
		const element = tab.locator(`[data-explainer-embed="${first}"]`);
		await element.evaluate((node) => node.setAttribute('data-theme', 'dark'));
		await expect.poll(async () => (await theme(frame)).pinned).toBe('dark');
		expect((await theme(frame)).background).not.toBe(light.background);
		await element.evaluate((node) => node.setAttribute('data-theme', 'auto'));
		await expect.poll(() => theme(frame)).toEqual(light);
		// Still the same document: the theme came by message, not by a new URL.
		expect(await frame.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true,
		);
		expect(await iframe.getAttribute('src')).not.toContain('theme=dark');
	});

	test('the chart takes a theme only from the page that frames it, and a bad one falls back with a warning', async ({
		page: tab,
	}) => {
		const warnings = warningsOf(tab);
		await tab.emulateMedia({ colorScheme: 'light' });
		const other = host.page('other-frame', '<!doctype html><title>Another frame</title>');
		await tab.goto(
			host.page(
				'theme-checks',
				page(`${codes.get(first)}<iframe id="other" title="Other" src="${other}"></iframe>`),
			),
		);
		const frame = await frameOf(tab.locator(`[data-explainer-embed="${first}"] iframe`));
		const sibling = await frameOf(tab.locator('#other'));
		// Another frame on the host page tries to switch our chart.
		await sibling.evaluate((type) => {
			for (const target of Array.from(
				{ length: parent.frames.length },
				(_, i) => parent.frames[i]!,
			)) {
				target.postMessage({ type, theme: 'dark' }, '*');
			}
		}, THEME_MESSAGE);
		// Then the host itself asks for something that is no theme…
		await tab
			.locator(`[data-explainer-embed="${first}"]`)
			.evaluate((node) => node.setAttribute('data-theme', 'sepia'));
		await expect
			.poll(() => warnings.filter((warning) => warning.includes('sepia')))
			.toHaveLength(1);
		// …which was looked at after the sibling's message: neither changed the theme.
		expect((await theme(frame)).pinned).toBe('auto');
	});
});

test.describe('fitting without moving the host page', () => {
	// An embed in the first screen needs room before the loader arrives, or adding it pushes the
	// text down like any script-made element: room from the host's own CSS, or the inline padding
	// that embed codes from before this loader carried (the old code's very words).
	const reservations = {
		"the host page's CSS": (code: string) =>
			`<style>.slot > [data-explainer-embed] { min-height: 31rem }</style>${code}`,
		'an old embed code': (code: string) =>
			code.replace(
				'></div>',
				' style="padding-top: round(up, calc(80% - 19.2px + clamp(265px, 680px - 50%, 520px)), 1px)"></div>',
			),
	};
	for (const [name, reserve] of Object.entries(reservations)) {
		test(`a chart in view as the page opens, with room from ${name}, fits once out of view and nothing moves`, async ({
			page: tab,
		}) => {
			await tab.setViewportSize({ width: 700, height: 1800 });
			await countLayoutShifts(tab);
			await tab.goto(
				host.page(
					`in-view-${name.replace(/\W+/g, '-')}`,
					page(`<h1>A chart at the top</h1><div class="slot">${reserve(codes.get(first)!)}</div>
					<p id="after">The text after the chart, in view from the start.</p>
					<p class="text">More.</p><p class="text">End.</p>`),
				),
			);
			const iframe = tab.locator('iframe');
			const frame = await frameOf(iframe);
			const held = await frameHeight(iframe);
			// Once this message from the embed is through, so is the embed's own report before it.
			await tab.evaluate(() => {
				(window as unknown as { through: Promise<void> }).through = new Promise((done) =>
					addEventListener('message', (event) => event.data === 'sent' && done()),
				);
			});
			await frame.evaluate(() => parent.postMessage('sent', '*'));
			await tab.evaluate(() => (window as unknown as { through: Promise<void> }).through);
			expect(await frameHeight(iframe), 'resized while in view').toBe(held);
			// The reader reads on, past the chart: now it may fit, and what they read stays put.
			await tab
				.locator('#after')
				.evaluate((node) =>
					scrollTo({ top: node.getBoundingClientRect().top + scrollY, behavior: 'instant' }),
				);
			await expectFitted(iframe, 'once scrolled out of view');
			expect(await frameHeight(iframe), 'it was not fitted from the start').not.toBe(held);
			const after = await tab
				.locator('#after')
				.evaluate((node) => node.getBoundingClientRect().top);
			expect(Math.abs(after)).toBeLessThanOrEqual(1);
			await iframe.evaluate((node) => node.scrollIntoView({ behavior: 'instant' }));
			expect(await band(iframe)).toBeLessThanOrEqual(MAX_BAND);
			const { total, shifts } = await layoutShifts(tab);
			expect(total, shifts.join('\n')).toBe(0);
		});
	}

	test('a change the reader makes inside a chart in view applies at once', async ({
		page: tab,
	}) => {
		// A chart with a control in it (the timeline's "Show as table").
		const chart = builtCharts(DIST).find((path) =>
			readFileSync(join(DIST, 'embed', path, 'index.html'), 'utf8').includes('<button'),
		);
		test.skip(!chart, 'no published chart has a control');
		await tab.setViewportSize({ width: 700, height: 1000 });
		await tab.goto(
			host.page(
				'input',
				page(`<div class="slot">${reservations["the host page's CSS"](codes.get(chart!)!)}</div>
				<p class="text">After.</p>`),
			),
		);
		const iframe = tab.locator('iframe');
		const frame = await frameOf(iframe);
		const before = await frameHeight(iframe);
		await frame.locator('button:visible').first().click();
		await expect.poll(() => frameHeight(iframe)).not.toBe(before);
		await expectFitted(iframe, 'after the click');
	});

	test('turning a phone refits the chart to the new width', async ({ page: tab }) => {
		await tab.setViewportSize({ width: 390, height: 844 });
		await tab.goto(
			host.page(
				'rotate',
				page(
					`<p class="text">Text.</p><div class="slot">${codes.get(last)}</div><p class="text">End.</p>`,
				),
			),
		);
		const iframe = tab.locator('iframe');
		await approach(iframe);
		await expectFitted(iframe, 'portrait');
		const portrait = await frameHeight(iframe);
		await tab.setViewportSize({ width: 844, height: 390 });
		await expect.poll(() => frameHeight(iframe)).not.toBe(portrait);
		await expectFitted(iframe, 'landscape');
	});
});

test.describe('a repeated option', () => {
	for (const [query, expected] of [
		['?theme=dark&theme=bogus', { theme: 'dark', caption: true, ignored: '"bogus"' }],
		['?caption=0&caption=1', { theme: 'auto', caption: false, ignored: '"1"' }],
	] as const) {
		test(`${query} counts by its first value, before the first paint and after, with one warning`, async ({
			page: tab,
		}) => {
			const warnings = warningsOf(tab);
			await tab.goto(`${ours.url}embed/${first}/${query}`);
			await tab.waitForLoadState('load');
			const state = await tab.evaluate(() => ({
				theme: document.documentElement.dataset.theme ?? 'auto',
				caption: document.documentElement.dataset.caption !== 'off',
			}));
			expect(state).toEqual({ theme: expected.theme, caption: expected.caption });
			await expect.poll(() => warnings.length).toBeGreaterThan(0);
			expect(warnings).toEqual([expect.stringContaining(`${expected.ignored} ignored`)]);
			const header = tab.locator('header').first();
			if (expected.caption) await expect(header).toBeVisible();
			else expect((await header.boundingBox())!.height).toBeLessThanOrEqual(1);
		});
	}
});
