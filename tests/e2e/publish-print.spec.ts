import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// A reader printing the story, or saving it as PDF, from a browser set to dark mode.
test.describe('printed', () => {
	test.beforeEach(async ({ page }) => {
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await page.goto('./');
	});

	test('prints black on white, without the page controls', async ({ page }) => {
		const colours = await page.evaluate(() => ({
			paper: getComputedStyle(document.documentElement).backgroundColor,
			ink: getComputedStyle(document.body).color,
		}));
		expect(colours).toEqual({ paper: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
		// Status and accent colours are the light scheme's, made for a white background.
		const tokens = () =>
			page.evaluate(() =>
				['--accent', '--status-confirmed', '--status-reported', '--status-disputed'].map((name) =>
					getComputedStyle(document.documentElement).getPropertyValue(name),
				),
			);
		const printed = await tokens();
		await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
		expect(printed).toEqual(await tokens());
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		await expect(page.locator('.skip-link')).toBeHidden();
		// The motion toggle is in the page (its script ran) but not on paper.
		await expect(page.locator('motion-toggle button')).toHaveCount(1);
		// Control buttons are gone; the timeline's marks stay, as the picture of the events.
		await expect(page.locator('button:visible')).toHaveCount(0);
	});

	test("each step's scene description prints below its text, not over it", async ({ page }) => {
		const overlaps = await page.locator('[data-step]').evaluateAll((steps) =>
			steps.flatMap((step) => {
				const alt = step.querySelector('.step__alt');
				const before = alt?.previousElementSibling;
				if (!alt || !before) return [`${step.id}: no description after its text`];
				const box = alt.getBoundingClientRect();
				// In the flow, it pushes its step's card down; out of it, it spills over what follows.
				const inFlow =
					box.top >= before.getBoundingClientRect().bottom &&
					box.bottom <= alt.parentElement!.getBoundingClientRect().bottom &&
					box.height > 10;
				return inFlow ? [] : [step.id];
			}),
		);
		expect(overlaps).toEqual([]);
	});

	test('every source link prints the address it goes to', async ({ page }) => {
		const links = page.locator('#sources a[href^="http"]');
		expect(await links.count()).toBeGreaterThan(3);
		for (const link of await links.all()) {
			const href = await link.getAttribute('href');
			const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
			expect(after).toContain(href);
		}
	});

	test('the whole article reads in order on paper: saved as PDF for a person to look at', async ({
		page,
	}) => {
		const look = resolve(import.meta.dirname, '../../test-results/publish');
		mkdirSync(look, { recursive: true });
		const pdf = await page.pdf({ path: resolve(look, 'print.pdf'), format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		for (const heading of await page.getByRole('heading', { level: 2 }).all()) {
			await expect(heading).toBeVisible();
		}
	});
});
