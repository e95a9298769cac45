import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './e2e/support/chromium';

// A fixed port per checkout; E2E_PORT lets two checkouts test side by side.
const port = Number(process.env.E2E_PORT ?? 4391);
const executablePath = findChromium();
// `npm run test:fixture` runs the generic specs against another story: CONTENT_DIR names its
// content and DIST_DIR its build. Tests that pin facts of our own story are tagged @this-story.
const otherStory = process.env.CONTENT_DIR !== undefined;
const dist = process.env.DIST_DIR ?? 'dist';

export default defineConfig({
	testDir: 'e2e',
	// Another story runs the generic specs whose outcome depends on the content (steps, hash, deep
	// links, map scenes, timeline, embeds, no-JS, print, a11y); the gates that only re-check the
	// same code on other pages (CSP, links, sizes) and those that build sites of their own run
	// once, with ours, to keep CI under 15 minutes.
	...(otherStory
		? {
				// Dark mode's colours are the stylesheet's, the same for every story, and so is how
				// the focus shows on a phone: checked with ours. Which controls there are, and the
				// content axe reads, do not depend on the width: one width each, for another story.
				grepInvert: [
					/@this-story/,
					/no axe violations in dark/,
					/no axe violations in light at 1280 px/,
					/Tab reaches every control at 375 px/,
				],
				testMatch: /\/(a11y|embeds|map|print|story|timeline)\.spec\.ts$/,
			}
		: {}),
	outputDir: '../test-results/e2e',
	globalSetup: './e2e/global-setup.ts',
	fullyParallel: true,
	workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
	forbidOnly: Boolean(process.env.CI),
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://127.0.0.1:${port}/`,
		launchOptions: { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) },
		// Recording a trace costs about a third of the suite's time (story, map and timeline specs:
		// 117 s with, 76 s without), and CI keeps no files: there a failure's message and its
		// error-context.md must do. Locally, a failed test keeps its trace.
		trace: process.env.CI ? 'off' : 'retain-on-failure',
	},
	webServer: {
		command: `node tools/serve.mjs --dir ${dist} --base / --port ${port}`,
		cwd: '..',
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		stdout: 'ignore',
	},
});
