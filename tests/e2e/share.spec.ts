/**
 * Sharing a step: each step's own page (/s/<step-id>/) leads to that step, with and without
 * JavaScript, and the "Share this step" button shares or copies that page's address. This runs
 * on the default build (no SITE, at the root); the previews and the sub-path are in
 * metadata.spec.ts, which builds with SITE under a sub-path.
 */
import { expect, test, type Page } from '@playwright/test';
import { copyInsteadOfShare } from './support/published';
import { firstMiddleLast } from './support/pages';
import { activeStep, stepIds } from './support/story';

declare global {
	interface Window {
		shared: ShareData[];
	}
}

/** The step ids of the built story, read from its page. */
async function storySteps(page: Page): Promise<string[]> {
	await page.goto('./');
	return stepIds(page);
}

// Every share page is checked in its markup (below, without JavaScript); the first, a middle
// and the last step's are followed in the browser, which is the same template run three times.
test('a share page lands on its step, which becomes active', async ({ page }) => {
	for (const id of firstMiddleLast(await storySteps(page))) {
		await page.goto(`./s/${id}/`);
		await expect(page).toHaveURL(new RegExp(`/#${id}$`));
		await expect.poll(() => activeStep(page), id).toBe(id);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('each share page still sends the reader on, and shows a link there', async ({
		page,
		request,
	}) => {
		const ids = await storySteps(page);
		for (const id of ids) {
			const html = await (await request.get(`./s/${id}/`)).text();
			expect(html, id).toMatch(new RegExp(`<meta http-equiv="refresh" content="0; url=/#${id}"`));
			expect(html, id).toMatch(new RegExp(`<a href="/#${id}"[^>]*>Continue to this step`));
		}
		for (const id of firstMiddleLast(ids)) {
			const html = await (await request.get(`./s/${id}/`)).text();
			await page.goto(`./s/${id}/`);
			await expect(page).toHaveURL(new RegExp(`/#${id}$`));
			await expect(page.locator(`[id="${id}"]`)).toBeVisible();
			// The page's own link, for a browser with refresh turned off.
			await page.setContent(html.replace(/<meta http-equiv="refresh"[^>]*>/, ''));
			await expect(page.getByRole('link', { name: /^Continue to this step/ })).toHaveAttribute(
				'href',
				`/#${id}`,
			);
		}
	});

	test('each step links to its share page, for the reader to copy or share from the browser', async ({
		page,
	}) => {
		const ids = await storySteps(page);
		for (const id of ids) {
			const link = page.locator(`[id="${id}"]`).getByRole('link', { name: 'Link to this step' });
			await expect(link, id).toHaveAttribute('href', `/s/${id}/`);
		}
		await page
			.locator(`[id="${ids.at(-1)}"]`)
			.getByRole('link', { name: 'Link to this step' })
			.click();
		await expect(page).toHaveURL(new RegExp(`/#${ids.at(-1)}$`));
	});
});

test.describe('the share button', () => {
	test('without the Web Share API, it copies the link to the step’s page and says so', async ({
		page,
		context,
		baseURL,
	}) => {
		await copyInsteadOfShare(page, context);
		const ids = await storySteps(page);
		for (const id of [ids[0]!, ids.at(-1)!]) {
			const step = page.locator(`[id="${id}"]`);
			// The script has swapped the link for the button: one way to share, not two.
			await expect(step.getByRole('link', { name: 'Link to this step' })).toHaveCount(0);
			await step.getByRole('button', { name: 'Share this step' }).click();
			const status = step.getByRole('status');
			await expect(status).toHaveText('Link copied');
			await expect(status).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				new URL(`s/${id}/`, baseURL).href,
			);
		}
	});

	test('if the clipboard is refused too, it shows the link to copy', async ({ page, baseURL }) => {
		await page.addInitScript(() => {
			delete (Navigator.prototype as Partial<Navigator>).share;
			navigator.clipboard.writeText = () =>
				Promise.reject(new DOMException('no', 'NotAllowedError'));
		});
		const [id] = await storySteps(page);
		const step = page.locator(`[id="${id}"]`);
		await step.getByRole('button', { name: 'Share this step' }).click();
		await expect(step.getByRole('status')).toHaveText(
			`Copy this link: ${new URL(`s/${id}/`, baseURL).href}`,
		);
	});

	test('with the Web Share API, it hands the link and title to the share sheet', async ({
		page,
		baseURL,
	}) => {
		await page.addInitScript(() => {
			window.shared = [];
			Object.defineProperty(Navigator.prototype, 'share', {
				configurable: true,
				value: (data: ShareData) => {
					window.shared.push(data);
					return Promise.resolve();
				},
			});
		});
		const ids = await storySteps(page);
		const id = ids[Math.floor(ids.length / 2)]!;
		const step = page.locator(`[id="${id}"]`);
		await step.getByRole('button', { name: 'Share this step' }).click();
		await expect.poll(() => page.evaluate(() => window.shared.length)).toBe(1);
		const [data] = await page.evaluate(() => window.shared);
		expect(data!.url).toBe(new URL(`s/${id}/`, baseURL).href);
		expect(data!.title).toContain((await step.getAttribute('data-title'))!);
		await expect(step.getByRole('status')).toHaveText('');
	});
});
