import { expect, test, type Page } from '@playwright/test';
import { STATEMENT_CATEGORIES, statusWord, type Category, type Status } from '../../src/lib/status';
import { timelineOrder } from '../../src/lib/timeline/order';
import { activeStep, collectErrors } from './support/story';
import { readData } from './support/content';

interface DataEvent {
	id: string;
	date: string;
	time?: string;
	sequence?: number;
	title: string;
	summary: string;
	category: Category;
	status: Status;
	sources: string[];
}

// The data file itself, so the counts and orders below follow the content as it changes. The
// order within a day is unit-tested (timeline/order.test.ts); here it only has to be the same.
const events = readData<DataEvent[]>('events');
const byDate = timelineOrder(events);

const sticky = (page: Page) => page.locator('#timeline-sticky');
const full = (page: Page) => page.locator('#timeline');
const ids = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-event')));

/**
 * Height of the table's box as laid out. The table inside a visually hidden wrapper still has a
 * box of its own (Playwright calls it visible), so the wrapper is what says whether it shows.
 */
const tableHeight = (page: Page) =>
	full(page)
		.locator('[data-table]')
		.boundingBox()
		.then((box) => box?.height ?? 0);

/** Puts a step at the trigger line and waits until the story has made it the active one. */
async function enterStep(page: Page, id: string) {
	await page.locator(`#${id}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(id);
}

test('both timelines draw every event in the data file, in date order', async ({ page }) => {
	const errors = collectErrors(page);
	await page.goto('./');
	const expected = byDate.map((event) => event.id);
	expect(await ids(page, '#timeline-sticky [data-event]')).toEqual(expected);
	expect(await ids(page, '#timeline [data-event]')).toEqual(expected);
	await expect(full(page).locator('tbody tr')).toHaveCount(events.length);
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('the sticky timeline is a picture: hidden from screen readers, nothing to focus', async ({
	page,
}) => {
	await page.goto('./');
	await expect(page.locator('.scrolly__graphic')).toHaveAttribute('aria-hidden', 'true');
	const focusable = sticky(page).locator('a, button, input, [tabindex], [role="button"]');
	await expect(focusable).toHaveCount(0);
});

test('entering a timeline step highlights exactly its events and moves "now" to its last day', async ({
	page,
}) => {
	const errors = collectErrors(page);
	await page.goto('./');
	const steps = page.locator('[data-step][data-graphic="timeline"]');
	expect(await steps.count()).toBeGreaterThan(0);
	for (const step of await steps.all()) {
		const id = (await step.getAttribute('id'))!;
		await enterStep(page, id);
		await expect(page.locator('.scrolly__graphic')).toHaveAttribute('data-graphic', 'timeline');
		const wanted = (await step.getAttribute('data-events'))!.split(' ');
		const inOrder = byDate.filter((event) => wanted.includes(event.id));
		await expect
			.poll(() => ids(page, '#timeline-sticky [data-event][data-active]'))
			.toEqual(inOrder.map((event) => event.id));
		await expect(sticky(page).locator('[data-callout]:visible')).toHaveText(
			inOrder.map((event) => new RegExp(escape(event.title))),
		);
		const last = inOrder.at(-1)!.date;
		await expect(sticky(page).locator('[data-day][data-current]')).toHaveAttribute(
			'data-day',
			last,
		);
		const target = await sticky(page).locator(`[data-day="${last}"]`).getAttribute('data-x');
		await expect.poll(() => nowAt(page)).toBeCloseTo(Number.parseFloat(target!), 1);
	}
	expect(errors).toEqual([]);
});

test('a deep link to a timeline step shows its events at once', async ({ page, context }) => {
	await page.goto('./');
	const step = page.locator('[data-step][data-graphic="timeline"]').last();
	const id = (await step.getAttribute('id'))!;
	const wanted = (await step.getAttribute('data-events'))!.split(' ');
	// A fresh tab, as when a reader follows a shared link.
	const linked = await context.newPage();
	await linked.goto(`./#${id}`);
	await expect.poll(() => activeStep(linked)).toBe(id);
	expect((await ids(linked, '#timeline-sticky [data-event][data-active]')).sort()).toEqual(
		wanted.sort(),
	);
});

/** Where the "now" marker's left edge is on screen, as a percentage of the chart's width. */
const nowAt = (page: Page) =>
	sticky(page)
		.locator('.tl-chart')
		.evaluate((chart) => {
			const band = chart.querySelector('[data-now] rect')!.getBoundingClientRect();
			const box = chart.getBoundingClientRect();
			return ((band.left - box.left) / box.width) * 100;
		});

/** Every place the "now" marker is seen at, frame by frame, while the reader moves on a step. */
async function nowPath(page: Page, from: string, to: string): Promise<number[]> {
	await enterStep(page, from);
	await expect(sticky(page)).not.toHaveAttribute('data-transition');
	await page.evaluate(() => {
		const chart = document.querySelector('#timeline-sticky .tl-chart')!;
		const band = chart.querySelector('[data-now] rect')!;
		const seen: number[] = [];
		(window as unknown as { nowPath: number[] }).nowPath = seen;
		const sample = () => {
			seen.push(Math.round(band.getBoundingClientRect().left - chart.getBoundingClientRect().left));
			requestAnimationFrame(sample);
		};
		sample();
	});
	await enterStep(page, to);
	await expect(sticky(page)).not.toHaveAttribute('data-transition');
	// A few frames after the move, so the last position is in.
	await page.evaluate(() => new Promise((done) => setTimeout(done, 100)));
	const seen = await page.evaluate(() => (window as unknown as { nowPath: number[] }).nowPath);
	return [...new Set(seen)];
}

// The timeline comes into sight with its step's events and day in the very first frame it shows,
// not the state it was left in when another graphic took over: at once without motion, and
// fading in from nothing with it. Each frame is read after it is painted (a task queued from
// the frame's callbacks runs after its paint), so what is read is what the reader saw.
for (const reducedMotion of ['reduce', 'no-preference'] as const) {
	test(`coming into sight, the timeline shows its step from the first frame (${reducedMotion === 'reduce' ? 'reduced motion' : 'with motion'})`, async ({
		page,
	}) => {
		await page.emulateMedia({ reducedMotion });
		await page.goto('./');
		const steps = await page
			.locator('[data-step]')
			.evaluateAll((nodes) =>
				nodes.map((node) => ({ id: node.id, graphic: (node as HTMLElement).dataset.graphic })),
			);
		const index = steps.findIndex(
			(step, at) => at > 0 && step.graphic === 'timeline' && steps[at - 1]!.graphic !== 'timeline',
		);
		test.skip(index < 0, 'no timeline step follows another graphic');
		await enterStep(page, steps[index - 1]!.id);
		await page.evaluate(() => {
			const layer = document.querySelector<HTMLElement>('[data-graphic-layer="timeline"]')!;
			const chart = layer.querySelector('#timeline-sticky .tl-chart')!;
			const band = chart.querySelector('[data-now] rect')!;
			const seen: string[] = [];
			(window as unknown as { seen: string[] }).seen = seen;
			const painted = () => {
				if (layer.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
					const active = [...chart.querySelectorAll<SVGElement>('[data-event][data-active]')];
					const x = Math.round(
						band.getBoundingClientRect().left - chart.getBoundingClientRect().left,
					);
					seen.push(`${active.map((mark) => mark.dataset.event).join(' ')} now at ${x}`);
				}
			};
			const sample = () => {
				setTimeout(painted);
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await enterStep(page, steps[index]!.id);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.length))
			.toBeGreaterThan(3);
		const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
		expect([...new Set(seen)]).toHaveLength(1);
	});
}

test.describe('the "now" marker @this-story', () => {
	// From the step ending on 8 October to the one ending on 9 October.
	const [from, to] = ['cnn-report', 'denials'];

	test('glides between days when motion is allowed', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('./');
		const path = await nowPath(page, from, to);
		expect(path.length).toBeGreaterThan(2);
	});

	test('jumps straight there with reduced motion', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./');
		const path = await nowPath(page, from, to);
		expect(path).toHaveLength(2);
	});
});

test.describe('the full timeline', () => {
	test('Tab reaches every event in date order and shows its summary and sources', async ({
		page,
	}) => {
		const errors = collectErrors(page);
		await page.goto('./');
		const panel = full(page).locator('[data-panel]');
		await expect(panel).toContainText('tab to an event');
		await full(page).getByRole('button', { name: 'Show as table' }).focus();
		for (const event of byDate) {
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			await expect(focused).toHaveAttribute('data-event', event.id);
			await expect(focused).toHaveAccessibleName(new RegExp(escape(event.title)));
			await expect(focused).toHaveAccessibleDescription(event.summary);
			await expect(panel).toBeVisible();
			await expect(panel).toContainText(event.summary);
			await expect(panel.locator('a[href^="#source-"]')).toHaveCount(event.sources.length);
		}
		expect(errors).toEqual([]);
	});

	test("the panel's sources carry the numbers of the page's source list", async ({ page }) => {
		await page.goto('./');
		const event = byDate[0]!;
		await full(page).locator(`[data-event="${event.id}"]`).focus();
		const link = full(page).locator('[data-panel] a[href^="#source-"]').first();
		await expect(link).toHaveAttribute('href', `#source-${event.sources[0]}`);
		const number = await page.locator(`#source-${event.sources[0]}`).getAttribute('value');
		await expect(link).toContainText(`[${number}]`);
	});

	test('Enter moves into the panel to reach the sources; Escape goes back', async ({ page }) => {
		await page.goto('./');
		const mark = full(page).locator(`[data-event="${byDate[0]!.id}"]`);
		await mark.focus();
		await page.keyboard.press('Enter');
		await expect(full(page).locator('[data-panel]')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveAttribute('href', /^#source-/);
		await page.keyboard.press('Escape');
		await expect(mark).toBeFocused();
	});

	test('arrow keys step through the events, Home and End go to either end', async ({ page }) => {
		await page.goto('./');
		const at = (index: number) => full(page).locator(`[data-event="${byDate.at(index)!.id}"]`);
		await at(0).focus();
		await page.keyboard.press('ArrowRight');
		await expect(at(1)).toBeFocused();
		await page.keyboard.press('End');
		await expect(at(-1)).toBeFocused();
		await page.keyboard.press('ArrowLeft');
		await expect(at(-2)).toBeFocused();
		await page.keyboard.press('Home');
		await expect(at(0)).toBeFocused();
	});

	test('hovering shows an event, and leaving the chart goes back to the chosen one', async ({
		page,
	}) => {
		await page.goto('./');
		const panel = full(page).locator('[data-panel]');
		const [first, second] = byDate;
		await full(page).locator(`[data-event="${first!.id}"]`).click();
		await full(page).locator(`[data-event="${second!.id}"]`).hover();
		await expect(panel).toContainText(second!.summary);
		await page.mouse.move(0, 0);
		await expect(panel).toContainText(first!.summary);
	});

	test('Show as table swaps the chart for the table, with every event in date order', async ({
		page,
	}) => {
		await page.goto('./');
		const toggle = full(page).getByRole('button', { name: 'Show as table' });
		const table = full(page).getByRole('table');
		// Out of sight but read by screen readers, and out of the keyboard's way.
		await expect(table).toBeAttached();
		expect(await tableHeight(page)).toBeLessThanOrEqual(1);
		await expect(table.locator('a[tabindex="-1"]')).toHaveCount(await table.locator('a').count());

		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect.poll(() => tableHeight(page)).toBeGreaterThan(100);
		await expect(full(page).locator('[data-chart]')).toBeHidden();
		await expect(table.locator('a[tabindex]')).toHaveCount(0);
		const rows = table.locator('tbody tr');
		await expect(rows).toHaveCount(events.length);
		expect(await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-row')))).toEqual(
			byDate.map((event) => event.id),
		);
		const dates = await rows
			.locator('time')
			.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!.slice(0, 10)));
		expect(dates).toEqual([...dates].sort());

		await toggle.click();
		await expect(full(page).locator('[data-chart]')).toBeVisible();
	});

	test('the dates that matter: launch 7 Oct, CNN 8 Oct, Carter on record in London 9 Oct @this-story', async ({
		page,
	}) => {
		await page.goto('./');
		const rows = full(page).locator('tbody tr');
		const dateOf = (id: string) => full(page).locator(`tbody tr[data-row="${id}"]`);
		for (const [id, date, day] of [
			['caspian-launch', '2015-10-07', 'Wed 7 Oct'],
			['cnn-report', '2015-10-08', 'Thu 8 Oct'],
			['carter-london', '2015-10-09', 'Fri 9 Oct'],
		] as const) {
			const time = dateOf(id).locator('time');
			await expect(time).toHaveAttribute('datetime', date);
			await expect(time).toHaveText(day);
		}
		await expect(dateOf('carter-london')).toContainText('London');
		const order = await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-row')));
		const at = (id: string) => order.indexOf(id);
		expect(at('caspian-launch')).toBeLessThan(at('cnn-report'));
		expect(at('cnn-report')).toBeLessThan(at('carter-london'));
	});

	test('a statement on record is badged "on record", never "confirmed"; other events by status', async ({
		page,
	}) => {
		await page.goto('./');
		const statements = events.filter(
			(event) => STATEMENT_CATEGORIES.includes(event.category) && event.status === 'confirmed',
		);
		expect(statements.length).toBeGreaterThan(0);
		for (const event of events) {
			const word = statusWord(event.status, event.category);
			const badge = full(page).locator(`tbody tr[data-row="${event.id}"] .status`);
			await expect(badge).toHaveText(word, { ignoreCase: true });
			await expect(sticky(page).locator(`[data-callout="${event.id}"]`)).toContainText(word);
			await expect(full(page).locator(`[data-event="${event.id}"]`)).toHaveAccessibleName(
				new RegExp(`Status: ${word}\\.$`),
			);
			if (statements.includes(event)) await expect(badge).not.toContainText('confirmed');
		}
		await expect(full(page).locator('.tl-legend')).toContainText(
			/confirmed\s*\/\s*(or\s*)?on record/i,
		);
	});

	test('on paper the table is printed, the panel and the toggle are not', async ({ page }) => {
		await page.goto('./');
		await page.emulateMedia({ media: 'print' });
		await expect.poll(() => tableHeight(page)).toBeGreaterThan(100);
		await expect(full(page).locator('[data-panel]')).toBeHidden();
		await expect(full(page).getByRole('button', { name: 'Show as table' })).toBeHidden();
	});

	test.describe('on a touch screen', () => {
		test.use({ hasTouch: true, viewport: { width: 375, height: 740 } });

		test('tapping an event shows it', async ({ page }) => {
			await page.goto('./');
			const event = byDate.at(-1)!;
			const mark = full(page).locator(`[data-event="${event.id}"]`);
			await mark.scrollIntoViewIfNeeded();
			await mark.tap();
			await expect(full(page).locator('[data-panel]')).toContainText(event.summary);
		});
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the table shows every event and the chart has nothing to focus', async ({ page }) => {
			await page.goto('./');
			const table = full(page).getByRole('table');
			await table.scrollIntoViewIfNeeded();
			expect(await tableHeight(page)).toBeGreaterThan(100);
			await expect(table.locator('tbody tr')).toHaveCount(events.length);
			await expect(table.locator('tbody tr').first()).toContainText(byDate[0]!.title);
			await expect(full(page).getByRole('button', { name: 'Show as table' })).toBeHidden();
			await expect(full(page).locator('[tabindex]')).toHaveCount(0);
		});
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
