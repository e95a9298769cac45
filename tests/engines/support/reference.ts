import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../e2e/support/chromium';
import type { Size } from './driver';

/**
 * The Chromium the e2e suite tests in, as the reference for what the stylesheet means where an
 * engine computes something else: it implements typed calc() division, which the map's no-JS
 * sizing relies on.
 */
export function launchReference(): Promise<Browser> {
	const executablePath = findChromium();
	return chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
}

/** Runs `fn` in a fresh Chromium page at `url` and `size`, with or without JavaScript. */
export async function inReference<R>(
	browser: Browser,
	url: string,
	size: Size,
	fn: () => R,
	{ javaScriptEnabled = true } = {},
): Promise<Awaited<R>> {
	const context = await browser.newContext({ viewport: size, javaScriptEnabled });
	try {
		const page = await context.newPage();
		await page.goto(url);
		return (await page.evaluate(fn)) as Awaited<R>;
	} finally {
		await context.close();
	}
}
