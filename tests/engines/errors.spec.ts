import { readFileSync } from 'node:fs';
import { readerPages } from '../e2e/support/pages';
import { loadFrames, nextFrames, pageErrors, waitFor } from './support/driver';
import { serveHostPage } from './support/site';
import { eachViewport, expect, test } from './fixtures';

// Every page the build made, found in dist/: new pages are covered as they appear. An embed page
// that another page frames through the loader (the gallery frames every chart) is tested in that
// frame, where its own script does the most, and not loaded again on its own.
// A step's share page refreshes to the story at once (Chromium's share.spec.ts covers it).
const pages = readerPages().map((built) => ({
	...built,
	frames: [...readFileSync(built.file, 'utf8').matchAll(/data-explainer-embed="([^"]+)"/g)].map(
		(match) => `embed/${match[1]}/`,
	),
}));
const framed = new Set(pages.flatMap((built) => built.frames));
const standalone = pages.filter((built) => !framed.has(built.path));

eachViewport(() => {
	for (const built of standalone) {
		const also = built.frames.length > 0 ? `, nor its ${built.frames.length} embeds` : '';
		test(`${built.name} loads with no console error, page error or policy violation${also}`, async ({
			tab,
			site,
		}) => {
			await tab.goto(`${site.url}${built.path}`);
			await loadFrames(tab);
			await nextFrames(tab);
			const loaded = await tab.evaluateInFrames('iframe', () => location.pathname);
			for (const path of built.frames) expect(loaded).toContain(new URL(path, site.url).pathname);
			expect(await pageErrors(tab)).toEqual([]);
		});
	}
});

// The control: a page that commits each kind of error once, so a probe that saw nothing would
// fail here rather than let every page above pass.
test('the probe reports a console error, a thrown error, a rejection and a policy violation', async ({
	tab,
	site,
}) => {
	const ours = new URL(site.url).origin;
	const page = await serveHostPage(
		`<!doctype html><html lang="en"><head>${site.probeTag}
		<meta http-equiv="content-security-policy" content="script-src 'self' ${ours}">
		<title>Errors on purpose</title></head><body>
		<script>document.title = 'inline scripts are blocked';</script>
		<script src="errors.js"></script></body></html>`,
		{
			'errors.js': `console.error('on purpose: console');
			Promise.reject(new Error('on purpose: rejection'));
			setTimeout(() => { throw new Error('on purpose: thrown'); });
			setTimeout(() => { document.body.dataset.done = ''; }, 50);`,
		},
	);
	try {
		await tab.goto(page.url);
		await waitFor(tab, 'the errors to happen', () => document.body.dataset.done !== undefined, []);
		const errors = (await pageErrors(tab)).join('\n');
		expect(errors).toMatch(/^console\.error: on purpose: console$/m);
		expect(errors).toMatch(/^unhandledrejection: .*on purpose: rejection/m);
		expect(errors).toMatch(/^error: .*on purpose: thrown/m);
		expect(errors).toMatch(/^csp: script-src/m);
	} finally {
		await page.close();
	}
});
