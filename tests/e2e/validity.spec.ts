/**
 * Validity of the built site: html-validate finds no error in any HTML page, and no internal
 * link, anchor or asset is broken, neither at the domain root nor under a sub-path.
 */
import { expect, test, type Browser } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages, DIST, withoutRefresh } from './support/pages';
import { problemWith, readPage, type Reference, type SiteMap } from './support/links';
import { PUBLISHED, publishedBuild, serve } from './support/site';

test('every built page is valid HTML', async () => {
	// The loader finds .htmlvalidate.mjs in the project root, above dist/.
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const errors: string[] = [];
	const pages = builtPages();
	for (const built of pages) {
		const report = await validator.validateFile(built.file);
		for (const result of report.results) {
			for (const message of result.messages) {
				errors.push(
					`${built.name} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
				);
			}
		}
	}
	expect(pages.length).toBeGreaterThan(0);
	expect(errors).toEqual([]);
});

test('on no built page does a word run into the emphasis or code beside it', async ({
	browser,
}) => {
	// The build drops a line break between a word and an element on the next line, so a
	// reformatted template can print "ordenied"; read the pages as laid out, as the server wrote
	// them (scripts write no prose; a share page is read, not followed to the story).
	const context = await browser.newContext({ javaScriptEnabled: false });
	await withoutRefresh(context);
	const page = await context.newPage();
	const glued: string[] = [];
	for (const built of builtPages()) {
		await page.goto(`./${built.path}`);
		const found = await page.locator('body').evaluate((body) => {
			const letter = /\p{L}/u;
			const runs: string[] = [];
			for (const element of body.querySelectorAll('strong, em, b, i, cite, code')) {
				// Only what sits inside a line of text; a bold title laid out as a block stands apart.
				if (getComputedStyle(element).display !== 'inline') continue;
				const text = element.textContent ?? '';
				const before = element.previousSibling?.textContent ?? '';
				const after = element.nextSibling?.textContent ?? '';
				if (letter.test(before.at(-1) ?? '') && letter.test(text[0] ?? '')) {
					runs.push(`${before.slice(-12)}|${text}`);
				}
				if (letter.test(text.at(-1) ?? '') && letter.test(after[0] ?? '')) {
					runs.push(`${text}|${after.slice(0, 12)}`);
				}
			}
			return runs;
		});
		glued.push(...found.map((run) => `${built.name}: ${run}`));
	}
	await context.close();
	expect(glued).toEqual([]);
});

/** Reads every page of a served build with JavaScript off and returns each broken reference. */
async function brokenReferences(browser: Browser, site: Omit<SiteMap, 'ids'>) {
	const context = await browser.newContext({ javaScriptEnabled: false });
	// A share page refreshes to the story at once: read its own links, not the story's again.
	await withoutRefresh(context);
	const page = await context.newPage();
	const references: Reference[] = [];
	const ids = new Map<string, Set<string>>();
	for (const built of builtPages(site.dir)) {
		const response = await page.goto(new URL(built.path, site.root).href);
		expect(response?.status(), built.name).toBe(200);
		const found = await readPage(page);
		references.push(...found.references);
		ids.set(new URL(page.url()).pathname, new Set(found.ids));
	}
	await context.close();
	const map: SiteMap = { ...site, ids };
	const internal = references.filter((ref) => !/^(https?:)?\/\//.test(ref.value));
	const broken = references
		.map((ref) => ({ ref, problem: problemWith(ref, map) }))
		.filter(({ problem }) => problem !== null)
		.map(
			({ ref, problem }) => `${new URL(ref.page).pathname} ${ref.where}="${ref.value}": ${problem}`,
		);
	return { broken, internal };
}

test('no internal link, anchor or asset is broken', async ({ browser, baseURL }) => {
	const { broken, internal } = await brokenReferences(browser, {
		dir: DIST,
		root: baseURL!,
		aliases: [],
	});
	expect(internal.length).toBeGreaterThan(10);
	expect(broken).toEqual([]);
});

test('under a sub-path, every link, anchor and asset stays under it and resolves', async ({
	browser,
}) => {
	test.setTimeout(120_000);
	// SITE too, so absolute canonical and sharing URLs are checked against the build as well.
	const build = await publishedBuild();
	expect(build.status, build.output).toBe(0);
	const site = await serve(build.out, PUBLISHED.BASE_PATH);
	try {
		const { broken, internal } = await brokenReferences(browser, {
			dir: build.out,
			root: site.url,
			aliases: [PUBLISHED.SITE],
		});
		expect(internal.length).toBeGreaterThan(10);
		expect(broken).toEqual([]);
	} finally {
		await site.close();
	}
});
