import { expect, test } from '@playwright/test';
import {
	activeStep,
	collectErrors,
	logScenes,
	scrollSettled,
	sceneLog,
	stepAtTrigger,
	stepIds,
} from './support/story';
import { chartDefinition } from '../../src/charts/registry';
import { pageHeadings, readData, sections } from './support/content';

test.beforeEach(async ({ page }) => {
	await logScenes(page);
});

test('the story loads without console errors and shows every section', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(pageHeadings());
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('scrolling down activates every step in order, and the hash follows', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page);
	expect(ids).toEqual(sections().flatMap((section) => section.steps.map((step) => step.id)));

	// Scroll like a reader, a screenful at a time, waiting a frame between moves.
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	for (let y = 0; y < height; y += 240) {
		await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
		await page.evaluate(() => new Promise(requestAnimationFrame));
	}
	await expect.poll(async () => (await sceneLog(page)).at(-1)?.step).toBe(ids.at(-1));

	const log = await sceneLog(page);
	expect(log.map((entry) => entry.step)).toEqual(ids);
	expect(log.slice(1).every((entry) => entry.direction === 'forward')).toBe(true);
	// From the second step on, the hash already names the step when its scene changes.
	for (const entry of log.slice(1)) expect(entry.hash).toBe(`#${entry.step}`);
});

test('the hash is replaced, not pushed: Back leaves the story', async ({ page }) => {
	await page.goto('about:blank');
	await page.goto('./');
	const ids = await stepIds(page);
	for (const id of ids.slice(0, 4)) {
		await page.locator(`#${id}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		await expect(page).toHaveURL(new RegExp(`#${id}$`));
	}
	await page.goBack();
	await expect(page).toHaveURL('about:blank');
});

test('a deep link shows its step at once, without replaying earlier steps', async ({
	page,
	context,
}) => {
	await page.goto('./');
	// A step past the middle, so that a replay of the earlier steps would show in the log.
	const ids = await stepIds(page);
	const target = ids[Math.ceil(ids.length / 2)]!;
	// A fresh tab, as when a reader follows a shared link.
	page = await context.newPage();
	await logScenes(page);
	await page.goto(`./#${target}`);
	await expect.poll(() => activeStep(page)).toBe(target);
	await scrollSettled(page);

	const log = await sceneLog(page);
	expect(log).toHaveLength(1);
	expect(log[0]).toMatchObject({ step: target, instant: true });
	await expect(page.locator('[data-caption-title]')).toHaveText(
		(await page.locator(`#${target}`).getAttribute('data-title'))!,
	);
	expect(await stepAtTrigger(page)).toBe(target);
});

test('End then Home land on the last and then the first step', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page);
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	// Each key once the page has come to rest, as in the engine suite: a key pressed while the
	// last one's smooth scroll still runs is the browser's to merge or drop.
	await page.keyboard.press('End');
	await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
	await scrollSettled(page);
	await page.keyboard.press('Home');
	await scrollSettled(page);
	expect(await page.evaluate(() => scrollY), 'Home scrolled to the top').toBe(0);
	await expect.poll(() => activeStep(page)).toBe(ids[0]);
	await expect(page).toHaveURL(/\/$/);
});

test('PageDown through the story always ends on the step at the trigger line', async ({ page }) => {
	await page.goto('./');
	await page.locator('body').click({ position: { x: 5, y: 5 } });
	for (let i = 0; i < 12; i += 1) await page.keyboard.press('PageDown');
	await scrollSettled(page);
	await expect.poll(() => activeStep(page)).toBe(await stepAtTrigger(page));
});

test('a fast jump from top to bottom and back ends on the right steps', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page);
	const last = page.locator(`#${ids.at(-1)}`);
	await last.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
	await page.evaluate(() => window.scrollTo({ top: 1e6, behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
	await page.locator(`#${ids[3]}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(ids[3]);
});

test('resizing keeps the step at the trigger line active', async ({ page }) => {
	await page.goto('./');
	const ids = await stepIds(page);
	await page.locator(`#${ids[5]}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(ids[5]);
	for (const size of [
		{ width: 375, height: 740 },
		{ width: 900, height: 500 },
		{ width: 1440, height: 900 },
	]) {
		await page.setViewportSize(size);
		await expect.poll(() => activeStep(page)).toBe(await stepAtTrigger(page));
	}
});

test('a 375 × 740 phone screen has no horizontal scroll', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('./');
	for (const top of [0, 3000, 9000, 1e6]) {
		await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	}
});

test('the scene caption and the polite announcement follow the scene', async ({ page }) => {
	await page.goto('./');
	const status = page.locator('[data-scene-status]');
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await expect(status).toHaveText('');
	// The first step whose scene differs from the first step's, so the scene has to change.
	const scenes = await page
		.locator('[data-step]')
		.evaluateAll((steps) => steps.map((step) => (step as HTMLElement).dataset.scene!));
	const scene = readData<{ id: string; graphic: string; title: string }[]>('scenes').find(
		(candidate) => candidate.id === scenes.find((id) => id !== scenes[0]),
	)!;
	const step = page.locator(`[data-step][data-scene="${scene.id}"]`).first();
	await step.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
	await expect(status).toHaveText(`${chartDefinition(scene.graphic).label}: ${scene.title}`);
	await expect(page.locator('[data-caption-text]')).toHaveText(
		(await step.getAttribute('data-alt'))!,
	);
});

// On a slow phone the reader starts reading before the scripts have run; when they run, the
// text must stay where it is (WebKit has no scroll anchoring to hide a jump, and a deep link or
// an End pressed early would land short). Compared: the page before its scripts, and after.
for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 },
]) {
	test(`at ${viewport.width} px, the scripts move no step and no heading`, async ({ browser }) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		const where = () =>
			page
				.locator('[data-step], h2, h3')
				.evaluateAll((elements) =>
					elements.map(
						(element) =>
							`${element.id || element.textContent?.trim().slice(0, 40)} at ${Math.round(element.getBoundingClientRect().top + scrollY)}`,
					),
				);
		// The page as it is until its module scripts run (deferred: after the whole page is
		// parsed, and in WebKit often after its first paint): the same HTML without them.
		await page.route(
			(url) => url.pathname.endsWith('/'),
			async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace(
					/<script type="module"[^>]*>[\s\S]*?<\/script>/g,
					'',
				);
				await route.fulfill({ response, body: html });
			},
		);
		await page.goto('./');
		const before = await where();
		await page.unrouteAll();
		await page.goto('./');
		await expect(page.locator('[data-step][aria-current="step"]')).toHaveCount(1);
		await expect(page.locator('share-step:not([hidden])').first()).toBeAttached();
		expect(await where()).toEqual(before);
		await context.close();
	});
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the whole article reads in order: all sections, steps and sources', async ({ page }) => {
		await page.goto('./');
		for (const name of pageHeadings()) {
			await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
		}
		const steps = page.locator('[data-step]');
		for (const step of await steps.all()) {
			await step.scrollIntoViewIfNeeded();
			await expect(step).toBeVisible();
		}
		const sources = page.locator('#sources li');
		expect(await sources.count()).toBe(readData<unknown[]>('sources').length);
		await expect(sources.last()).toBeVisible();
	});
});
