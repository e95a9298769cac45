import { expect, type BrowserContext, type Page } from '@playwright/test';

/**
 * The local address, on the test server at `served`, of one of a published site's public URLs
 * (which must start with `publicRoot`, SITE and the base path).
 */
export function localUrl(url: string, publicRoot: string, served: string): string {
	expect(url.startsWith(publicRoot), url).toBe(true);
	return new URL(url.slice(publicRoot.length), served).href;
}

/** The `content` of a tag in the page's head. */
export const headContent = (page: Page, selector: string) =>
	page.locator(`head ${selector}`).getAttribute('content');

/**
 * A browser without the Web Share API and with clipboard access, so "Share this step" copies.
 * Call before the page loads.
 */
export async function copyInsteadOfShare(page: Page, context: BrowserContext): Promise<void> {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.addInitScript(() => {
		delete (Navigator.prototype as Partial<Navigator>).share;
	});
}
