/**
 * Stepping through the story without scrolling: the Previous / Next controls, the `[` and `]`
 * keys and a tap on the graphic on a phone. Everything expected is read from the page: its
 * steps, their titles, their count.
 */
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, axe, violations } from './support/axe';
import { activeStep, collectErrors, logScenes, sceneLog, stepIds } from './support/story';

const next = (page: Page) => page.getByRole('button', { name: 'Next step' });
const previous = (page: Page) => page.getByRole('button', { name: 'Previous step' });

/** Waits until the page shows `id` as the active step, in the hash, the caption and the log. */
async function expectOnStep(page: Page, id: string) {
	await expect.poll(() => activeStep(page)).toBe(id);
	await expect(page).toHaveURL(new RegExp(`#${id}$`));
	const title = await page.locator(`[id="${id}"]`).getAttribute('data-title');
	await expect(page.locator('[data-caption-title]')).toHaveText(title!);
	expect((await sceneLog(page)).at(-1)?.step).toBe(id);
}

test.beforeEach(async ({ page }) => {
	await logScenes(page);
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('Next goes through every step in order and Previous back; focus stays on the button', async ({
		page,
	}) => {
		const errors = collectErrors(page);
		await page.goto('./');
		const ids = await stepIds(page);
		const total = ids.length;
		await next(page).focus();
		await expect(page.locator('step-controls')).toHaveCSS('opacity', '1');
		await expect(previous(page)).toHaveAttribute('aria-disabled', 'true');

		for (const [index, id] of ids.entries()) {
			await page.keyboard.press('Enter');
			await expectOnStep(page, id);
			await expect(next(page)).toBeFocused();
			await expect(page.locator('[data-step-status]')).toHaveText(`Step ${index + 1} of ${total}`);
			await expect(page.locator('[data-step-count]')).toHaveText(`${index + 1} / ${total}`);
		}
		await expect(next(page)).toHaveAttribute('aria-disabled', 'true');
		await page.keyboard.press('Enter');
		await expect.poll(() => activeStep(page)).toBe(ids.at(-1));

		await previous(page).focus();
		for (const id of [...ids].reverse().slice(1)) {
			await page.keyboard.press('Enter');
			await expectOnStep(page, id);
			await expect(previous(page)).toBeFocused();
		}
		await expect(previous(page)).toHaveAttribute('aria-disabled', 'true');
		const log = await sceneLog(page);
		// Forward through all, then back through all, each step once each way.
		expect(log.map((entry) => entry.step)).toEqual([...ids, ...[...ids].reverse().slice(1)]);
		expect(errors).toEqual([]);
	});

	test('] and [ move from the text, and focus follows to the new step', async ({ page }) => {
		await page.goto('./');
		const ids = await stepIds(page);
		// A click in the first step's text puts the focus in the story.
		await page.locator(`[id="${ids[0]}"] .step__body`).click({ position: { x: 8, y: 8 } });
		await expect.poll(() => activeStep(page)).toBe(ids[0]);
		for (const id of ids.slice(1)) {
			await page.keyboard.press(']');
			await expectOnStep(page, id);
			await expect(page.locator(`[id="${id}"] .step__body`)).toBeFocused();
		}
		for (const id of [...ids].reverse().slice(1)) {
			await page.keyboard.press('[');
			await expectOnStep(page, id);
			await expect(page.locator(`[id="${id}"] .step__body`)).toBeFocused();
		}
	});

	test('the keys do nothing while focus is outside the story, or with a modifier', async ({
		page,
	}) => {
		await page.goto('./');
		const ids = await stepIds(page);
		await next(page).focus();
		await page.keyboard.press('Enter');
		await expectOnStep(page, ids[0]!);
		await page.keyboard.press('Control+]');
		await page.evaluate(() => (document.activeElement as HTMLElement).blur());
		await page.keyboard.press(']');
		await page.evaluate(() => new Promise(requestAnimationFrame));
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await activeStep(page)).toBe(ids[0]);
		expect((await sceneLog(page)).map((entry) => entry.step)).toEqual([ids[0]]);
	});

	test('a move jumps at once: the page is at the step when the click returns', async ({ page }) => {
		await page.goto('./');
		const [first] = await stepIds(page);
		const moved = await page.evaluate((id) => {
			const before = scrollY;
			document.querySelector<HTMLButtonElement>('[data-step-move="1"]')!.click();
			const top = document.getElementById(id)!.getBoundingClientRect().top;
			return { scrolled: scrollY - before, top, line: innerHeight / 2 };
		}, first!);
		expect(moved.scrolled).toBeGreaterThan(0);
		expect(moved.top).toBeLessThanOrEqual(moved.line);
	});

	test('screen readers hear each step’s number, counted from the page', async ({ page }) => {
		await page.goto('./');
		const numbers = await page
			.locator('[data-step] .step__body')
			.evaluateAll((bodies) => bodies.map((body) => body.firstElementChild?.textContent));
		expect(numbers).toEqual(numbers.map((_, i) => `Step ${i + 1} of ${numbers.length}.`));
	});

	for (const viewport of [
		{ width: 375, height: 740 },
		{ width: 1280, height: 800 },
	]) {
		test(`axe finds nothing with the controls shown at ${viewport.width} px`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('./');
			await next(page).focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('step-controls')).toHaveCSS('opacity', '1');
			expect(await violations(axe(page).include('scrolly-story').withTags(AXE_TAGS))).toEqual([]);
		});
	}
});

test('with motion, Next scrolls smoothly and the scene animates', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('./');
	const ids = await stepIds(page);
	await next(page).focus();
	const scrolled = await page.evaluate(() => {
		const before = scrollY;
		document.querySelector<HTMLButtonElement>('[data-step-move="1"]')!.click();
		return scrollY - before;
	});
	// Smooth: nothing has moved yet when the click returns, then the page glides there.
	expect(scrolled).toBe(0);
	await expectOnStep(page, ids[0]!);
	await page.keyboard.press('Enter');
	await expectOnStep(page, ids[1]!);
	const last = (await sceneLog(page)).at(-1)!;
	expect(last).toMatchObject({ step: ids[1], direction: 'forward', instant: false });
});

test('the controls are hidden until the story has focus or the pointer', async ({ page }) => {
	await page.goto('./');
	const controls = page.locator('step-controls');
	await expect(controls).toBeAttached();
	await expect(controls).toHaveCSS('opacity', '0');
	await page.locator('[data-step]').first().hover();
	await expect(controls).toHaveCSS('opacity', '1');
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

	test('a tap on the graphic goes on one step', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./');
		const ids = await stepIds(page);
		// Into the story, where the graphic fills the screen behind the cards.
		await page.locator('scrolly-story').evaluate((story) => {
			scrollTo({ top: story.getBoundingClientRect().top + scrollY, behavior: 'instant' });
		});
		for (const id of ids.slice(0, 3)) {
			// A point where the graphic shows between the cards, found on the page as it is now.
			const point = await page.evaluate(() => {
				const graphic = document.querySelector('.scrolly__graphic')!;
				for (let y = innerHeight - 10; y > 0; y -= 10) {
					const hit = document.elementFromPoint(innerWidth / 2, y);
					if (hit && graphic.contains(hit)) return { x: innerWidth / 2, y };
				}
				return null;
			});
			expect(point, 'no part of the graphic is uncovered').not.toBeNull();
			await page.touchscreen.tap(point!.x, point!.y);
			await expectOnStep(page, id);
		}
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('there are no step controls, share buttons or note about them', async ({ page }) => {
		await page.goto('./');
		await expect(page.getByRole('button', { name: /step/i })).toHaveCount(0);
		await expect(page.locator('step-controls')).toBeHidden();
		await expect(page.getByText('Prefer not to scroll?')).toBeHidden();
	});
});
