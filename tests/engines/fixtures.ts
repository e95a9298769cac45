/**
 * The fixtures every engine scenario uses: `tab`, a fresh EnginePage at the test's `size`, in
 * the project's engine; `site`, the built site as that engine is served it; `noScriptTab`, a tab
 * in a second browser of the same engine with JavaScript off. Browsers are launched once per
 * worker. No Playwright browser is ever launched: the scenarios only use these.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base } from '@playwright/test';
import type { Engine, EnginePage, Size } from './support/driver';
import { missingRequirements, type EngineName } from './support/engines';
import { launchFirefox } from './support/firefox';
import { serveBuild, serveInstrumentedBuild, type Site } from './support/site';
import { launchWebKit } from './support/webkit';
import { startXvfb, type Display } from './support/xvfb';

/** Where the suite leaves what a person should look at: screenshots, the engines' versions. */
export const RESULTS = resolve(import.meta.dirname, '../../test-results/engines');

/** The two viewports every scenario runs at, as in issue 11. */
export const VIEWPORTS: readonly Size[] = [
	{ width: 1280, height: 800 },
	{ width: 375, height: 740 },
];

interface WorkerFixtures {
	engine: EngineName;
	display: Display | undefined;
	browserEngine: Engine;
	noScriptEngine: Engine;
	site: Site;
}

interface TestFixtures {
	size: Size;
	tab: EnginePage;
	noScriptTab: EnginePage;
}

function launch(engine: EngineName, display: Display | undefined, javascript: boolean) {
	const reason = missingRequirements(engine);
	if (reason) throw new Error(reason);
	return engine === 'firefox'
		? launchFirefox({ javascript })
		: launchWebKit(display!.display, { javascript });
}

/** Prints an engine's version once per run (the first worker to launch it wins). */
function announce(engine: Engine): void {
	mkdirSync(RESULTS, { recursive: true });
	try {
		const file = openSync(resolve(RESULTS, `${engine.name}-version.txt`), 'wx');
		writeSync(file, `${engine.version}\n`);
		closeSync(file);
		console.log(`[engines] ${engine.name}: ${engine.version}`);
	} catch {
		// Another worker has printed it already.
	}
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
	engine: ['firefox', { option: true, scope: 'worker' }],
	display: [
		async ({ engine }, use) => {
			if (engine !== 'webkit' || missingRequirements(engine)) return use(undefined);
			const display = await startXvfb();
			await use(display);
			display.stop();
		},
		{ scope: 'worker' },
	],
	browserEngine: [
		async ({ engine, display }, use) => {
			const launched = await launch(engine, display, true);
			announce(launched);
			await use(launched);
			await launched.close();
		},
		{ scope: 'worker', timeout: 90_000 },
	],
	noScriptEngine: [
		async ({ engine, display }, use) => {
			const launched = await launch(engine, display, false);
			await use(launched);
			await launched.close();
		},
		{ scope: 'worker', timeout: 90_000 },
	],
	site: [
		async ({ engine }, use) => {
			// Firefox injects the probe itself; WebKit's pages must bring it (see site.ts).
			const site = engine === 'firefox' ? await serveBuild() : await serveInstrumentedBuild();
			await use(site);
			await site.close();
		},
		{ scope: 'worker' },
	],
	size: [VIEWPORTS[0]!, { option: true }],
	tab: async ({ browserEngine, size }, use) => {
		const tab = await browserEngine.newPage(size);
		await use(tab);
		await tab.close();
	},
	noScriptTab: async ({ noScriptEngine, size }, use) => {
		const tab = await noScriptEngine.newPage(size);
		await use(tab);
		await tab.close();
	},
});

/** Declares a block of scenarios once per viewport. */
export function eachViewport(body: (size: Size) => void): void {
	for (const size of VIEWPORTS) {
		test.describe(`${size.width}×${size.height}`, () => {
			test.use({ size });
			body(size);
		});
	}
}

export { expect } from '@playwright/test';
