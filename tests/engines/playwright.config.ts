/**
 * The cross-engine suite: the story and its embeds in real Firefox ESR (puppeteer-core, WebDriver
 * BiDi) and real WebKitGTK (selenium-webdriver, WebKitWebDriver), against the production build
 * in dist/. Playwright is only the test runner here (fixtures.ts drives the browsers; no
 * Playwright browser starts): the same runner as the e2e suite, with worker-scoped fixtures that
 * keep one browser per worker, a project per engine, per-test timeouts, test.fail() for the
 * known defects, and test-results/ for what a person should look at.
 *
 *   npm run test:engines                       both engines
 *   ENGINES=webkit npm run test:engines        one engine (or: -- --project=webkit)
 */
import { defineConfig } from '@playwright/test';
import { selectedEngines, type EngineName } from './support/engines';

const engines = selectedEngines().sort((a, b) => (a === 'webkit' ? -1 : b === 'webkit' ? 1 : 0));

export default defineConfig<object, { engine: EngineName }>({
	testDir: '.',
	testMatch: '*.spec.ts',
	outputDir: '../../test-results/engines/runs',
	globalSetup: './global-setup.ts',
	fullyParallel: false,
	workers: process.env.ENGINES_WORKERS ? Number(process.env.ENGINES_WORKERS) : 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 60_000,
	// One worker per engine, both at once: two WebKits side by side on two cores slow each other
	// down more than a WebKit and a Firefox do. WebKit, the longer, first.
	projects: engines.map((engine) => ({
		name: engine,
		use: { engine },
		...(engines.length > 1 ? { workers: 1 } : {}),
	})),
});
