import { createRequire } from 'node:module';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { Engine, EnginePage, Size } from './driver';
import { FIREFOX_BINARY } from './engines';
import { installProbe } from './probe';

const puppeteerVersion = (
	createRequire(import.meta.url)('puppeteer-core/package.json') as { version: string }
).version;

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi, headless. Firefox has no BiDi command
 * to turn scripts off (`emulation.setScriptingEnabled` is unknown to it), so a page without
 * JavaScript needs its own browser, launched with the `javascript.enabled` preference off.
 */
export async function launchFirefox({ javascript = true } = {}): Promise<Engine> {
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX_BINARY,
		headless: true,
		extraPrefsFirefox: javascript ? {} : { 'javascript.enabled': false },
	});
	const [product = 'firefox', version = ''] = (await browser.version()).split('/');
	return {
		name: 'firefox',
		version: `${product === 'firefox' ? 'Firefox' : product} ${version} (puppeteer-core ${puppeteerVersion}, WebDriver BiDi)`,
		newPage: (size) => openPage(browser, size),
		close: () => browser.close(),
	};
}

async function openPage(browser: Browser, size: Size): Promise<EnginePage> {
	// A context per tab: no storage or cache carried over from the previous test.
	const context = await browser.createBrowserContext();
	const page = await context.newPage();
	await page.setViewport(size);
	// A BiDi preload script: it runs in every document of the tab, frames included, before any
	// of the document's own scripts.
	await page.evaluateOnNewDocument(installProbe);
	return adapt(page, () => context.close());
}

function adapt(page: Page, close: () => Promise<void>): EnginePage {
	return {
		engine: 'firefox',
		goto: async (url) => {
			await page.goto(url, { waitUntil: 'load' });
		},
		// puppeteer's types would have every argument be a JSHandle-able value; ours are plain data.
		evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
		evaluateInFrames: async (selector, fn) => {
			const results = [];
			for (const handle of await page.$$(selector)) {
				const frame = await handle.contentFrame();
				if (frame) results.push(await frame.evaluate(fn));
			}
			return results as never;
		},
		press: (key) => page.keyboard.press(key),
		setViewport: (size) => page.setViewport(size),
		screenshot: async (file) => {
			await page.screenshot({ path: file as `${string}.png` });
		},
		close,
	};
}
