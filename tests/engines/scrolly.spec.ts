import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { nextFrames, pageErrors } from './support/driver';
import { expectShowing, readSteps, sceneLog, stepAtTrigger, type StepInfo } from './support/story';
import { eachViewport, expect, RESULTS, test } from './fixtures';

eachViewport((size) => {
	test('every step activates in order as the reader scrolls, with the hash and the scene', async ({
		tab,
		site,
		engine,
	}) => {
		await tab.goto(site.url);
		const steps = await readSteps(tab);
		expect(steps.length).toBeGreaterThan(1);
		const shots = resolve(RESULTS, 'steps', `${engine}-${size.width}x${size.height}`);
		mkdirSync(shots, { recursive: true });

		// Half a screen at a time (less than the gap between two steps), as a reader moves; after
		// each move the page must come to the step at the trigger line. At each new step, wait for
		// its scene and keep a picture.
		let seen = -1;
		const height = await tab.evaluate(() => document.documentElement.scrollHeight);
		for (let y = 0; y <= height; y += Math.round(size.height / 2)) {
			await tab.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
			const expected = await tab.evaluate(stepAtTrigger);
			const index = steps.findIndex((step) => step.id === expected);
			await expectShowing(tab, steps[index]!, { settled: index > seen });
			if (index <= seen) continue;
			seen = index;
			const name = `${String(index + 1).padStart(2, '0')}-${steps[index]!.id}.png`;
			await tab.screenshot(resolve(shots, name));
		}
		expect(seen).toBe(steps.length - 1);

		const log = await sceneLog(tab);
		expect(log.map((entry) => entry.step)).toEqual(steps.map((step) => step.id));
		expect(log.map((entry) => entry.scene)).toEqual(steps.map((step) => step.scene));
		// From the second step on, the hash already names the step when its scene changes.
		for (const entry of log.slice(1)) expect(entry.hash).toBe(`#${entry.step}`);
		expect(await pageErrors(tab)).toEqual([]);
	});

	test('a link to a step with events starts on that step, its scene and its events', async ({
		tab,
		site,
	}) => {
		await tab.goto(site.url);
		const steps = await readSteps(tab);
		const target = deepLinkTarget(steps);
		await tab.goto('about:blank');
		await tab.goto(`${site.url}#${target.id}`);
		await expectShowing(tab, target);
		await nextFrames(tab);
		const log = await sceneLog(tab);
		expect(log.map((entry) => entry.step)).toEqual([target.id]);
		expect(log[0]).toMatchObject({ instant: true, events: target.events });
	});

	test('End then Home, eight times, always end on the last and then the first step', async ({
		tab,
		site,
	}) => {
		await tab.goto(site.url);
		const steps = await readSteps(tab);
		for (let round = 1; round <= 8; round += 1) {
			await test.step(`round ${round}`, async () => {
				await tab.press('End');
				await expectShowing(tab, steps.at(-1)!, { at: 'bottom' });
				await tab.press('Home');
				await expectShowing(tab, steps[0]!, { at: 'top' });
			});
		}
	});

	test('a fast scroll to the bottom ends on the last step', async ({ tab, site }) => {
		await tab.goto(site.url);
		const steps = await readSteps(tab);
		// A flick: many large scrolls within a few frames, the way a trackpad throws the page.
		await tab.evaluate(
			() =>
				new Promise<void>((done) => {
					const tick = () => {
						window.scrollBy({ top: innerHeight * 1.5, behavior: 'instant' });
						if (scrollY + innerHeight < document.documentElement.scrollHeight - 1)
							setTimeout(tick, 4);
						else done();
					};
					tick();
				}),
		);
		await expectShowing(tab, steps.at(-1)!, { at: 'bottom' });
		// And a jump back into the middle of the story.
		const middle = steps[Math.floor(steps.length / 2)]!;
		await tab.evaluate(
			(id) => document.getElementById(id)!.scrollIntoView({ behavior: 'instant' }),
			middle.id,
		);
		await expectShowing(tab, middle);
	});
});

/**
 * The step a shared link points at: one with events, on another scene than the first step's
 * (so starting on it is visibly different), from the middle of those.
 */
function deepLinkTarget(steps: StepInfo[]): StepInfo {
	const candidates = steps.filter(
		(step, index) => index > 0 && step.events.length > 0 && step.scene !== steps[0]!.scene,
	);
	if (candidates.length === 0) throw new Error('no step with events on a scene of its own');
	return candidates[Math.floor(candidates.length / 2)]!;
}
