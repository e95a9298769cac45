import type { Page } from '@playwright/test';

/** What the page under test recorded of each `scene-change` event. */
export interface LoggedScene {
	step: string;
	scene: string;
	direction: string;
	instant: boolean;
	hash: string;
}

declare global {
	interface Window {
		sceneLog: LoggedScene[];
	}
}

/** Records every scene-change from the very start of the page, before its own scripts run. */
export async function logScenes(page: Page): Promise<void> {
	await page.addInitScript(() => {
		window.sceneLog = [];
		document.addEventListener('scene-change', (event) => {
			const { step, scene, direction, instant } = (event as CustomEvent).detail;
			window.sceneLog.push({ step, scene, direction, instant, hash: location.hash });
		});
	});
}

export const sceneLog = (page: Page) => page.evaluate(() => window.sceneLog);

/** The ids of every step, in document order. */
export const stepIds = (page: Page) =>
	page.locator('[data-step]').evaluateAll((steps) => steps.map((step) => step.id));

/** The active step's id, as the page marks it. */
export const activeStep = (page: Page) =>
	page.locator('[aria-current="step"]').getAttribute('id', { timeout: 2_000 });

/** The step whose top edge is at or above the trigger line, measured independently of the page's code. */
export const stepAtTrigger = (page: Page) =>
	page.evaluate(() => {
		const offset = Number(document.querySelector<HTMLElement>('scrolly-story')?.dataset.offset);
		const line = innerHeight * offset;
		const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
		const crossed = steps.filter((step) => step.getBoundingClientRect().top <= line);
		return (crossed.at(-1) ?? steps[0])?.id;
	});

/** Collects console errors and uncaught exceptions for a page. */
export function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Resolves once the page has nothing left to do about where it is scrolled: the scroll has
 * stopped (the same position over three frames, so a smooth scroll still under way counts as
 * moving), every IntersectionObserver has had its say (one of our own, set up last, reports
 * after the page's) and the frame the page schedules from those callbacks has run. A test that
 * proves nothing else happened after a jump waits for this rather than for a fixed time.
 */
export const scrollSettled = (page: Page) =>
	page.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		for (let still = 0, last = scrollY; still < 3;) {
			await frame();
			still = scrollY === last ? still + 1 : 0;
			last = scrollY;
		}
		await new Promise<void>((done) => {
			const observer = new IntersectionObserver(() => {
				observer.disconnect();
				done();
			});
			for (const step of document.querySelectorAll('[data-step]')) observer.observe(step);
		});
		await frame();
		await frame();
	});
