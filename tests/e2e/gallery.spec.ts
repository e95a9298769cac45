import { expect, test } from '@playwright/test';
import { approach, expectFitted } from './support/embed-host';

test.use({ viewport: { width: 1280, height: 900 } });

test('the gallery previews every chart and gives both embed codes, for this site', async ({
	page,
	baseURL,
}) => {
	await page.goto('components/');
	const charts = page.locator('section.chart');
	const count = await charts.count();
	expect(count).toBeGreaterThanOrEqual(5);
	for (const chart of await charts.all()) {
		const path = await chart.locator('[data-explainer-embed]').getAttribute('data-explainer-embed');
		await chart.scrollIntoViewIfNeeded();
		const iframe = chart.locator('iframe');
		await expect(iframe).toHaveAttribute('src', new RegExp(`embed/${path}/`));
		const codes = chart.locator('pre code');
		await expect(codes).toHaveCount(2);
		// Built without SITE: the codes name the origin the gallery is served from.
		await expect(codes.nth(0)).toContainText(`src="${baseURL}embed.js"`);
		await expect(codes.nth(1)).toContainText(`src="${baseURL}embed/${path}/?theme=auto"`);
		// The loader code holds no size: the loader, rebuilt with the site, sizes the frame.
		expect(await codes.nth(0).textContent()).not.toMatch(/style=|height/);
	}
});

test('each preview fits its chart as the reader scrolls down to it', async ({ page }) => {
	await page.goto('components/');
	const previews = page.locator('section.chart iframe');
	expect(await previews.count()).toBeGreaterThanOrEqual(1);
	for (const iframe of await previews.all()) {
		await approach(iframe);
		await expectFitted(iframe, (await iframe.getAttribute('src')) ?? 'a preview');
	}
});

test('Copy puts the embed code on the clipboard and says so', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('components/');
	const first = page.locator('copy-code').first();
	await first.getByRole('button', { name: /Copy/ }).click();
	await expect(first.getByRole('status')).toHaveText('Copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(await first.locator('code').textContent());
	expect(copied).toContain('data-explainer-embed=');
});

test('the reusable components are shown with their typed props', async ({ page }) => {
	await page.goto('components/');
	const props = page.locator('section pre code', { hasText: 'interface Props' });
	expect(await props.count()).toBeGreaterThanOrEqual(1);
	for (const block of await props.all()) await expect(block).toContainText('/**');
});
