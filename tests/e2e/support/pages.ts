import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';

const root = resolve(import.meta.dirname, '../../..');

/** The production build that `npm test` makes before the browser tests (DIST_DIR for another story's). */
export const DIST = resolve(root, process.env.DIST_DIR ?? 'dist');

/** A built HTML page: its file and its URL path relative to the site's base ('' for the story). */
export interface BuiltPage {
	file: string;
	path: string;
	/** A short name for test titles: `/`, `/embed/caspian/`, `/404.html`. */
	name: string;
}

/**
 * Every HTML page in a built site, found by walking the folder, so the gates cover pages added
 * later (embeds, the 404 page) without being told about them. The story comes first.
 */
export function builtPages(dir = DIST): BuiltPage[] {
	if (!existsSync(resolve(dir, 'index.html'))) {
		throw new Error(`No built site in ${relative(root, dir)}/. Run \`npm run build\` first.`);
	}
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split(sep).join('/'))
		.sort((a, b) => Number(b === 'index.html') - Number(a === 'index.html') || a.localeCompare(b));
	return files.map((file) => {
		const path = file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
		return { file: resolve(dir, file), path, name: `/${path}` };
	});
}

/**
 * Whether a built page sends the reader straight on elsewhere (a step's share page, which
 * refreshes to its step at once): a reader never sees it, so gates that look at a page as
 * shown test the page it leads to instead.
 */
export const isRedirect = (built: BuiltPage) =>
	/<meta http-equiv="refresh"/i.test(readFileSync(built.file, 'utf8'));

/** The built pages a reader sees (every one but the share pages, which refresh away at once). */
export const readerPages = (dir = DIST) => builtPages(dir).filter((built) => !isRedirect(built));

/**
 * Makes every page opened in `target` stay as written: a refresh that would leave it at once (a
 * share page's) is disabled, so the page's own markup can be read. Other responses pass through.
 */
export async function withoutRefresh(target: Page | BrowserContext): Promise<void> {
	await target.route('**/*', async (route) => {
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const body = (await response.text()).replace(/http-equiv="refresh"/gi, 'data-refresh');
		await route.fulfill({ response, body });
	});
}

/** The first, middle and last of a list, without repeats. */
export function firstMiddleLast<T>(items: readonly T[]): T[] {
	const picks = new Set([0, Math.floor((items.length - 1) / 2), items.length - 1]);
	return [...picks]
		.filter((index) => index >= 0 && index < items.length)
		.map((index) => items[index]!);
}

/** Scrolls a step to the trigger line the way a reader would arrive at it, and waits until it is active. */
export async function goToStep(page: Page, id: string): Promise<void> {
	await page
		.locator(`[id="${id}"]`)
		.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await page.waitForFunction(
		(step) => document.getElementById(step)?.getAttribute('aria-current') === 'step',
		id,
	);
}

/** Scrolls every step into view in turn, a frame apart, as a reader passing through would. */
export async function visitEveryStep(page: Page): Promise<void> {
	for (const step of await page.locator('[data-step]').all()) {
		await step.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
}
