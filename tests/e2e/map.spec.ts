import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { placeName } from './support/content';
import { activeStep, collectErrors, stepIds } from './support/story';

/** Where the run leaves a picture of every scene, for a person to look at. */
const SCREENSHOTS = 'test-results/map-scenes';

const map = (page: Page) => page.locator('story-map');

/** Every scene-dependent element the map shows now, as `kind:id` (opacity 1 and displayed). */
const shown = (page: Page) =>
	map(page).evaluate((element) =>
		[...element.querySelectorAll<SVGElement>('[data-scenes]')]
			.filter((e) => e.getAttribute('opacity') === '1' && e.getAttribute('display') !== 'none')
			.map((e) => {
				const [kind, id] = Object.entries(e.dataset).find(([key]) =>
					['route', 'area', 'strike', 'tint', 'marker', 'label'].includes(key),
				)!;
				return `${kind}:${id}`;
			}),
	);

/** The ids of the elements of one kind (`route`, `marker`…) that the map shows now. */
const shownOf = async (page: Page, kind: string) =>
	(await shown(page))
		.filter((item) => item.startsWith(`${kind}:`))
		.map((item) => item.slice(kind.length + 1));

/** Whether an element's box lies inside the map's drawing area, as the reader sees it. */
const inMap = (page: Page, selector: string) =>
	map(page).evaluate((element, selector) => {
		const frame = element.querySelector('svg')!.getBoundingClientRect();
		const box = element.querySelector(selector)!.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.left >= frame.left - 0.5 &&
			box.right <= frame.right + 0.5 &&
			box.top >= frame.top - 0.5 &&
			box.bottom <= frame.bottom + 0.5
		);
	}, selector);

/** Makes a step the active one, then scrolls its card just out of view (it stays active). */
async function showStep(page: Page, id: string) {
	await page.locator(`#${id}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(id);
	await page
		.locator(`#${id}`)
		.evaluate((step) =>
			scrollBy({ top: step.getBoundingClientRect().bottom + 1, behavior: 'instant' }),
		);
	await expect.poll(() => activeStep(page)).toBe(id);
}

/** Saves a picture of the map, with the step cards that scroll over it out of the way. */
async function picture(page: Page, name: string) {
	mkdirSync(SCREENSHOTS, { recursive: true });
	const steps = page.locator('.scrolly__steps');
	await steps.evaluate((element) => (element.style.visibility = 'hidden'));
	await map(page).screenshot({ path: `${SCREENSHOTS}/${name}.png` });
	await steps.evaluate((element) => (element.style.visibility = ''));
}

/** Steps that show the map, with their scenes, in order. */
const mapSteps = (page: Page) =>
	page
		.locator('[data-step][data-graphic="map"]')
		.evaluateAll((steps) =>
			steps.map((step) => ({ id: step.id, scene: step.dataset.scene!, alt: step.dataset.alt! })),
		);

/** Counts the map's transitions from the very start of the page. */
async function countTransitions(page: Page) {
	await page.addInitScript(() => {
		(window as unknown as { mapTransitions: number }).mapTransitions = 0;
		new MutationObserver((records) => {
			for (const record of records) {
				if ((record.target as Element).hasAttribute('data-transition')) {
					(window as unknown as { mapTransitions: number }).mapTransitions += 1;
				}
			}
		}).observe(document, { subtree: true, attributeFilter: ['data-transition'] });
	});
	return () =>
		page.evaluate(() => (window as unknown as { mapTransitions: number }).mapTransitions);
}

for (const viewport of [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 },
]) {
	test.describe(`at ${viewport.width} × ${viewport.height}`, () => {
		test.use({ viewport, reducedMotion: 'reduce' });

		test('each map step shows its scene: its layers, and its places framed and labelled', async ({
			page,
		}) => {
			const errors = collectErrors(page);
			await page.goto('./');
			const steps = await mapSteps(page);
			expect(new Set(steps.map((step) => step.scene))).toEqual(
				new Set(['strikes-begin', 'caspian-launch', 'iran-impact', 'nato-reaction']),
			);
			const pictured = new Set<string>();
			for (const step of steps) {
				await showStep(page, step.id);
				await expect(map(page)).toHaveAttribute('data-scene', step.scene);
				await expect(map(page).locator('[data-map-desc]')).toHaveText(step.alt);

				// What shows is exactly what the scene lists (labels also need room).
				const visible = await shown(page);
				const listed = await map(page).evaluate(
					(element, scene) =>
						[...element.querySelectorAll<SVGElement>('[data-scenes]')]
							.filter((e) => e.dataset.scenes!.split(' ').includes(scene))
							.filter((e) => e.dataset.label === undefined).length,
					step.scene,
				);
				expect(visible.filter((item) => !item.startsWith('label:')).length).toBe(listed);

				// The places the scene frames are inside the map, marked and labelled.
				const framed = await map(page).evaluate(
					(element, scene) =>
						[...element.querySelectorAll<SVGElement>('[data-label]')]
							.filter((label) => label.dataset.required!.split(' ').includes(scene))
							.map((label) => label.dataset.label!),
					step.scene,
				);
				expect(framed.length).toBeGreaterThan(1);
				for (const id of framed) {
					expect(visible, `${id} labelled in ${step.scene}`).toContain(`label:${id}`);
					expect(await inMap(page, `[data-label="${id}"] text`), `${id} in the frame`).toBe(true);
				}

				if (!pictured.has(step.scene)) {
					pictured.add(step.scene);
					await picture(page, `${viewport.width}-${step.scene}`);
				}
			}
			expect(errors).toEqual([]);
		});

		test('the scenes draw what the story says', async ({ page }) => {
			await page.goto('./');
			await showStep(page, 'vote-and-first-strikes');
			expect(await shownOf(page, 'strike')).toHaveLength(3);
			expect(await shownOf(page, 'route')).toEqual([]);

			await showStep(page, 'caspian-ships');
			expect(await shownOf(page, 'route')).toHaveLength(3);
			expect(await shownOf(page, 'area')).toEqual(['south-caspian']);
			expect(await shownOf(page, 'marker')).toEqual(
				expect.arrayContaining(['raqqa', 'aleppo', 'idlib']),
			);
			expect(await shownOf(page, 'strike')).toEqual([]);
			await expect(map(page).locator('[data-note="caspian-launch"]')).toContainText(
				'Dagestan and the small missile ships Grad Sviyazhsk, Uglich and Veliky Ustyug',
			);

			await showStep(page, 'takab-object');
			expect(await shownOf(page, 'area')).toContain('takab-crash');
			await expect(map(page).locator('[data-label="takab-crash"] text')).toHaveText(
				placeName('takab-crash'),
			);
			await expect(map(page).locator('[data-area="takab-crash"]')).toHaveClass(
				/map-area--reported/,
			);

			await showStep(page, 'hatay-incursions');
			expect(await shownOf(page, 'marker')).toEqual(
				expect.arrayContaining(['brussels', 'yayladagi']),
			);
			expect(await shownOf(page, 'route')).toEqual([]);
		});
	});
}

test.describe('moving between scenes', () => {
	test('scrolling fast from top to bottom ends on the last scene, settled', async ({ page }) => {
		const ids = await (async () => {
			await page.goto('./');
			return stepIds(page);
		})();
		for (const top of [0, 3000, 6000, 9000, 1e6]) {
			await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
		}
		await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
		await expect(map(page)).toHaveAttribute('data-scene', 'nato-reaction');
		await expect(map(page)).not.toHaveAttribute('data-transition');
		expect(await inMap(page, '[data-marker="brussels"]')).toBe(true);
		expect(await inMap(page, '[data-marker="yayladagi"]')).toBe(true);
		expect(await shownOf(page, 'route')).toEqual([]);
	});

	test('a new scene interrupts a running transition and ends where it should', async ({ page }) => {
		const transitions = await countTransitions(page);
		await page.goto('./');
		await page
			.locator('#caspian-ships')
			.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		await expect(map(page)).toHaveAttribute('data-transition', 'running');
		await page
			.locator('#takab-object')
			.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		await expect(map(page)).toHaveAttribute('data-scene', 'iran-impact');
		await expect(map(page)).not.toHaveAttribute('data-transition', { timeout: 15_000 });
		expect(await transitions()).toBeGreaterThanOrEqual(2);
		// The routes are fully drawn, the strikes gone, the crash site framed.
		const dashes = await map(page)
			.locator('[data-route]')
			.evaluateAll((routes) =>
				routes.map((route) => Number(route.getAttribute('stroke-dashoffset') ?? 0)),
			);
		expect(dashes).toEqual([0, 0, 0]);
		expect(await shownOf(page, 'strike')).toEqual([]);
		expect(await inMap(page, '[data-area="takab-crash"]')).toBe(true);
	});

	test('a link to the Takab step opens on the Iran scene, framed, without animating', async ({
		page,
	}) => {
		const transitions = await countTransitions(page);
		await page.goto('./#takab-object');
		await expect(map(page)).toHaveAttribute('data-scene', 'iran-impact');
		await page.waitForTimeout(500);
		expect(await transitions()).toBe(0);
		expect(await shownOf(page, 'marker')).toContain('takab');
		expect(await inMap(page, '[data-marker="takab"]')).toBe(true);
		expect(await inMap(page, '[data-label="takab-crash"] text')).toBe(true);
	});

	test('resizing re-frames the current scene at once', async ({ page }) => {
		await page.goto('./');
		// At the very end the last step stays active whatever the width, so the scene stays.
		await page.evaluate(() => window.scrollTo({ top: 1e6, behavior: 'instant' }));
		await expect(map(page)).toHaveAttribute('data-scene', 'nato-reaction');
		await expect(map(page)).not.toHaveAttribute('data-transition');
		for (const size of [
			{ width: 375, height: 740 },
			{ width: 900, height: 500 },
			{ width: 1440, height: 900 },
		]) {
			await page.setViewportSize(size);
			await expect.poll(() => inMap(page, '[data-marker="brussels"]')).toBe(true);
			expect(await inMap(page, '[data-marker="yayladagi"]')).toBe(true);
			const [svgWidth, viewBox] = await map(page)
				.locator('.story-map__svg')
				.evaluate((svg) => [svg.clientWidth, svg.getAttribute('viewBox')]);
			expect(viewBox).toMatch(new RegExp(`^0 0 ${svgWidth} `));
		}
	});
});

test.describe('reduced motion', () => {
	const scrollThrough = async (page: Page) => {
		for (const step of await mapSteps(page)) {
			await page
				.locator(`#${step.id}`)
				.evaluate((element) => element.scrollIntoView({ behavior: 'instant' }));
			await expect(map(page)).toHaveAttribute('data-scene', step.scene);
			const animations = await map(page).evaluate(
				(element) => element.getAnimations({ subtree: true }).length,
			);
			expect(animations).toBe(0);
		}
	};

	test('with the system setting, scenes change but no transition runs', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		const transitions = await countTransitions(page);
		await page.goto('./');
		await scrollThrough(page);
		expect(await transitions()).toBe(0);
	});

	test('with the page’s animation toggle off, no transition runs either', async ({ page }) => {
		const transitions = await countTransitions(page);
		await page.goto('./');
		await page.getByRole('button', { name: 'Animation' }).click();
		await expect(page.getByRole('button', { name: 'Animation' })).toHaveAttribute(
			'aria-pressed',
			'false',
		);
		await scrollThrough(page);
		expect(await transitions()).toBe(0);
	});

	test('with motion allowed, the same scroll does animate (the check above can fail)', async ({
		page,
	}) => {
		const transitions = await countTransitions(page);
		await page.goto('./');
		await page
			.locator('#caspian-ships')
			.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		await expect.poll(transitions).toBeGreaterThan(0);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const viewport of [
		{ width: 375, height: 740 },
		{ width: 1280, height: 800 },
	]) {
		test(`at ${viewport.width} px the map shows the overview: routes, launch area, strikes and Takab, labelled`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('./');
			await map(page).scrollIntoViewIfNeeded();
			await expect(map(page)).toHaveAttribute('data-scene', 'overview');
			expect(await shownOf(page, 'route')).toHaveLength(3);
			expect(await shownOf(page, 'strike')).toHaveLength(3);
			expect((await shownOf(page, 'area')).sort()).toEqual(['south-caspian', 'takab-crash']);
			for (const label of [
				'south-caspian',
				'takab-crash',
				'takab',
				'raqqa',
				'aleppo',
				'idlib',
				'latakia',
			]) {
				expect(await shownOf(page, 'label'), label).toContain(label);
				expect(await inMap(page, `[data-label="${label}"] text`), `${label} in the frame`).toBe(
					true,
				);
				// Readable: the label keeps its size however the drawing is scaled to fit.
				const height = await map(page)
					.locator(`[data-label="${label}"] text`)
					.evaluate((text) => text.getBoundingClientRect().height);
				expect(height, `${label} text height`).toBeGreaterThan(11);
			}
			await picture(page, `${viewport.width}-no-js-overview`);
		});
	}

	test('in print the overview takes its own height, routes and Takab on it', async ({ page }) => {
		await page.goto('./');
		await page.emulateMedia({ media: 'print' });
		const box = await map(page).locator('.story-map__svg').boundingBox();
		expect(box!.height).toBeGreaterThan(300);
		expect(await inMap(page, '[data-route]')).toBe(true);
		expect(await inMap(page, '[data-label="takab"] text')).toBe(true);
	});
});

test('printing with JavaScript shows the overview, then returns to the scene', async ({ page }) => {
	await page.goto('./#takab-object');
	await expect(map(page)).toHaveAttribute('data-scene', 'iran-impact');
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(map(page)).toHaveAttribute('data-scene', 'overview');
	expect(await shownOf(page, 'strike')).toHaveLength(3);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(map(page)).toHaveAttribute('data-scene', 'iran-impact');
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`labels meet 4.5:1 contrast on the map in the ${colorScheme} theme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme });
		await page.goto('./#caspian-route');
		const ratios = await map(page).evaluate((element) => {
			const rgb = (value: string) => {
				const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(value);
				if (srgb) return srgb.slice(1, 4).map((v) => Number(v) * 255);
				return (/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/.exec(value) ?? []).slice(1, 4).map(Number);
			};
			const luminance = (color: number[]) => {
				const [r, g, b] = color.map((v) => {
					const c = v / 255;
					return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
				});
				return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
			};
			const contrast = (a: string, b: string) => {
				const [l1, l2] = [luminance(rgb(a)), luminance(rgb(b))].sort((x, y) => y - x);
				return (l1! + 0.05) / (l2! + 0.05);
			};
			const fill = (selector: string) => getComputedStyle(element.querySelector(selector)!).fill;
			const land = fill('.map-land');
			const sea = fill('.map-sea');
			return {
				place: contrast(fill('.map-label--place text'), land),
				reported: contrast(fill('.map-label--reported text'), land),
				country: contrast(fill('.map-label--country text'), land),
				sea: contrast(fill('.map-label--sea text'), sea),
				note: contrast(
					getComputedStyle(element.querySelector('.story-map__note')!).color,
					getComputedStyle(document.documentElement).backgroundColor,
				),
			};
		});
		for (const [kind, ratio] of Object.entries(ratios))
			expect(ratio, kind).toBeGreaterThanOrEqual(4.5);
	});
}

test('the map stays within its byte budgets: 40 KB inline, 15 KB of script, gzipped', async ({
	page,
	request,
}) => {
	const html = await (await request.get('./')).text();
	const inline = /<story-map[\s\S]*?<\/story-map>/.exec(html)![0];
	expect(gzipSync(inline).length).toBeLessThanOrEqual(40 * 1024);

	// The map's script and every module it imports.
	await page.goto('./');
	const scripts = await page.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((entry) => entry.name)
			.filter((name) => name.endsWith('.js')),
	);
	const map = scripts.find((name) => name.includes('StoryMap'));
	expect(map).toBeDefined();
	const own = await (await request.get(map!)).text();
	const imported = [...own.matchAll(/from"\.\/([^"]+)"/g)].map(
		(match) => new URL(match[1]!, map!).href,
	);
	let bytes = gzipSync(own).length;
	for (const url of imported) bytes += gzipSync(await (await request.get(url)).text()).length;
	expect(bytes).toBeLessThanOrEqual(15 * 1024);
});
