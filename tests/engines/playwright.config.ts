/**
 * The cross-engine suite: the story and its embeds in real Firefox ESR (puppeteer-core, WebDriver
 * BiDi) and real WebKitGTK (selenium-webdriver, WebKitWebDriver), against the production build
 * in dist/. Playwright is only the test runner here: fixtures.ts drives the browsers.
 *
 *   npm run test:engines                       both engines
 *   ENGINES=webkit npm run test:engines        one engine (or: -- --project=webkit)
 */
import { defineConfig } from '@playwright/test';
import { selectedEngines, type EngineName } from './support/engines';

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
	projects: selectedEngines().map((engine) => ({ name: engine, use: { engine } })),
});
