/**
 * Helpers for tests of our embeds on a host page: the host's layout shifts, the frame's fit to
 * its content, and scrolling the way a reader reaches an embed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Frame, type Locator, type Page } from '@playwright/test';
import { builtPages } from './pages';
import { serve } from './site';

/** The blank band under an embed's content we accept, in CSS px (the design budget). */
export const MAX_BAND = 8;

/** Starts counting the page's layout shifts (as CLS does: none right after the reader's input). */
export async function countLayoutShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const record = { total: 0, shifts: [] as string[] };
		(window as unknown as { layoutShift: typeof record }).layoutShift = record;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as unknown as {
				value: number;
				hadRecentInput: boolean;
				sources?: { node?: Node }[];
			}[]) {
				if (entry.hadRecentInput) continue;
				record.total += entry.value;
				const nodes = (entry.sources ?? []).map((source) => source.node?.nodeName ?? '?');
				record.shifts.push(`${entry.value.toFixed(4)} at y=${scrollY}: ${nodes.join(', ')}`);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts counted so far: their sum, and each one for the failure message. */
export function layoutShifts(page: Page): Promise<{ total: number; shifts: string[] }> {
	return page.evaluate(
		() => (window as unknown as { layoutShift: { total: number; shifts: string[] } }).layoutShift,
	);
}

/** The embed page inside an iframe element, once it has loaded. */
export async function frameOf(iframe: Locator): Promise<Frame> {
	const handle = await iframe.elementHandle();
	const frame = await handle!.contentFrame();
	await frame!.waitForLoadState('load');
	return frame!;
}

/** How tall the embed's content is, padding included: from the page's top to its main's bottom. */
export const contentHeight = (frame: Frame) =>
	frame.evaluate(() =>
		Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + scrollY),
	);

/** The iframe's height on the host page. */
export const frameHeight = (iframe: Locator) =>
	iframe.evaluate((element) => element.getBoundingClientRect().height);

/** The frame's height less its content's: the blank band under the content (negative: cut off). */
export async function band(iframe: Locator): Promise<number> {
	return (await frameHeight(iframe)) - (await contentHeight(await frameOf(iframe)));
}

/**
 * Waits until the frame shows all of its content with at most `MAX_BAND` px to spare; fails
 * with the last band seen (in px) if that never happens.
 */
export async function expectFitted(iframe: Locator, what = 'the frame'): Promise<void> {
	await expect
		.poll(
			async () => {
				const blank = await band(iframe);
				return blank >= 0 && blank <= MAX_BAND ? 'fits' : blank;
			},
			{ message: `${what}: frame height less content height` },
		)
		.toBe('fits');
}

/**
 * Scrolls the way a reader comes down to an element: until it is just below the viewport, where
 * lazy frames load and nothing that happens there can be seen.
 */
export async function approach(element: Locator): Promise<void> {
	await element.evaluate((target) => {
		const top = target.getBoundingClientRect().top + scrollY;
		scrollTo({ top: Math.max(0, top - innerHeight - 40), behavior: 'instant' });
	});
}

/** Scrolls an element to the top of the viewport, as a reader reading it would. */
export async function readAt(element: Locator): Promise<void> {
	await element.evaluate((target) =>
		target.scrollIntoView({ block: 'start', behavior: 'instant' }),
	);
}

/** A newsroom's site on another origin (another host name, not only another port) than ours. */
export interface HostSite {
	/** Writes a page and returns its URL. */
	page: (name: string, html: string) => string;
	close: () => Promise<void>;
}

/** Serves host pages from a fresh folder, at http://localhost:<port>/ (ours is at 127.0.0.1). */
export async function hostSite(): Promise<HostSite> {
	const dir = mkdtempSync(join(tmpdir(), 'embed-host-'));
	const served = await serve(dir);
	const url = served.url.replace('127.0.0.1', 'localhost');
	return {
		page: (name, html) => {
			writeFileSync(join(dir, `${name}.html`), html);
			return `${url}${name}.html`;
		},
		close: served.close,
	};
}

/** The placeholder origin a gallery built without SITE writes in its codes. */
const PLACEHOLDER = /https:\/\/your-site\.example\//g;

/**
 * The loader embed code of every chart, as the gallery of a built site prints it (read from the
 * built HTML, not rendered), with the site's address put in where it was built without one.
 */
export function galleryCodes(dist: string, root: string): Map<string, string> {
	const html = readFileSync(join(dist, 'components/index.html'), 'utf8');
	const codes = new Map<string, string>();
	for (const [, escaped] of html.matchAll(
		/<code[^>]*>([^<]*data-explainer-embed=[^<]*)<\/code>/g,
	)) {
		const code = unescapeHtml(escaped!).replace(PLACEHOLDER, root);
		const path = /data-explainer-embed="([^"]+)"/.exec(code)![1]!;
		codes.set(path, code);
	}
	return codes;
}

function unescapeHtml(text: string): string {
	return text
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');
}

/** The chart paths a built site publishes, from its /embed/… pages. */
export function builtCharts(dist: string): string[] {
	return builtPages(dist)
		.map((built) => built.path)
		.filter((path) => path.startsWith('embed/'))
		.map((path) => path.replace(/^embed\/|\/$/g, ''));
}
