import { mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { BUDGETS } from '../../src/lib/perf/budgets';
import { placeName } from './support/content';
import {
	inMap,
	listedIn,
	mapPayload,
	seenLabels,
	shown,
	shownOf,
	storyMap as map,
} from './support/map';
import { activeStep, collectErrors, stepIds } from './support/story';

/** Where the run leaves a picture of every scene, for a person to look at. */
const SCREENSHOTS = 'test-results/map-scenes';

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

/**
 * How far apart the map's layers are drawn, in px: the two drawings' zooms on screen, and each
 * visible route's end against the marker of the place it goes to (the route's id ends with it).
 */
const layersApart = (page: Page) =>
	map(page).evaluate((element) => {
		const [base, scene] = [...element.querySelectorAll<SVGGElement>('[data-zoom]')];
		const [a, b] = [base!.getScreenCTM()!, scene!.getScreenCTM()!];
		let apart = Math.max(Math.abs(a.a - b.a), Math.abs(a.e - b.e), Math.abs(a.f - b.f));
		for (const route of element.querySelectorAll<SVGPathElement>('[data-route][data-on]')) {
			const marker = [...element.querySelectorAll<SVGElement>('[data-marker][data-on]')].find(
				(candidate) => route.dataset.route!.endsWith(`-${candidate.dataset.marker}`),
			);
			if (!marker) continue;
			const end = route
				.getPointAtLength(route.getTotalLength())
				.matrixTransform(route.getScreenCTM()!);
			const dot = marker.querySelector('.map-marker__body')!.getBoundingClientRect();
			const [x, y] = [dot.left + dot.width / 2, dot.top + dot.height / 2];
			apart = Math.max(apart, Math.hypot(end.x - x, end.y - y));
		}
		return apart;
	});

/**
 * The spacing of a visible hatched area's pattern on screen (from its patternTransform
 * attribute and the area's zoom, as the SVG DOM reads them), and the spacing it is drawn with.
 */
const hatchSpacing = (page: Page) =>
	map(page).evaluate((element) => {
		const area = element.querySelector<SVGPathElement>(
			'.story-map__scene path[fill^="url(#"][data-on]',
		);
		const pattern = area && document.getElementById(area.getAttribute('fill')!.slice(5, -1));
		if (!area || !(pattern instanceof SVGPatternElement)) return null;
		const scale = pattern.patternTransform.baseVal.consolidate()?.matrix.a ?? 1;
		return {
			onScreen: pattern.width.baseVal.value * scale * area.getScreenCTM()!.a,
			meant: pattern.width.baseVal.value,
		};
	});

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
			const payload = await mapPayload(page);
			// Every map scene a step uses is one the server framed.
			expect(steps.length).toBeGreaterThan(0);
			for (const step of steps) expect(Object.keys(payload.frames)).toContain(step.scene);
			const pictured = new Set<string>();
			for (const step of steps) {
				await showStep(page, step.id);
				await expect(map(page)).toHaveAttribute('data-scene', step.scene);
				await expect(map(page).locator('[data-map-desc]')).toHaveText(step.alt);

				// What shows is exactly what the scene lists (labels also need room).
				const visible = await shown(page);
				expect(visible.filter((item) => !item.startsWith('label:')).sort()).toEqual(
					listedIn(payload, step.scene).sort(),
				);

				// The places the scene frames are inside the map, marked and labelled.
				const framed = payload.labels
					.filter((label) => label.required.includes(step.scene))
					.map((label) => label.id);
				expect(framed.length).toBeGreaterThan(1);
				for (const id of framed) {
					expect(visible, `${id} labelled in ${step.scene}`).toContain(`label:${id}`);
					expect(await inMap(page, `[data-label="${id}"] text`), `${id} in the frame`).toBe(true);
				}
				// Labels are readable: at least 12 px on screen.
				for (const label of await seenLabels(map(page))) {
					expect(label.fontPx, `${label.text} font size`).toBeGreaterThanOrEqual(12);
				}
				// The layers line up: the base map and the scene's shapes are drawn at one zoom,
				// and each route ends on its target's marker.
				expect(await layersApart(page), 'px between layers').toBeLessThan(1.5);
				// Hatching keeps its spacing on screen through patternTransform, which every
				// engine reads (WebKit ignores a CSS transform on a pattern).
				const hatch = await hatchSpacing(page);
				if (hatch) expect(hatch.onScreen, 'hatch spacing, px').toBeCloseTo(hatch.meant, 1);

				if (!pictured.has(step.scene)) {
					pictured.add(step.scene);
					await picture(page, `${viewport.width}-${step.scene}`);
				}
			}
			expect(errors).toEqual([]);
		});

		test('the scenes draw what the story says @this-story', async ({ page }) => {
			await page.goto('./');
			// A scene's shapes switch when its zoom ends: each check waits for them.
			await showStep(page, 'vote-and-first-strikes');
			await expect.poll(() => shownOf(page, 'strike')).toHaveLength(3);
			await expect.poll(() => shownOf(page, 'route')).toEqual([]);

			await showStep(page, 'caspian-ships');
			await expect.poll(() => shownOf(page, 'route')).toHaveLength(3);
			await expect.poll(() => shownOf(page, 'area')).toEqual(['south-caspian']);
			await expect
				.poll(() => shownOf(page, 'marker'))
				.toEqual(expect.arrayContaining(['raqqa', 'aleppo', 'idlib']));
			await expect.poll(() => shownOf(page, 'strike')).toEqual([]);
			await expect(map(page).locator('[data-note="caspian-launch"]')).toContainText(
				'Dagestan and the small missile ships Grad Sviyazhsk, Uglich and Veliky Ustyug',
			);

			await showStep(page, 'takab-object');
			await expect.poll(() => shownOf(page, 'area')).toContain('takab-crash');
			await expect(map(page).locator('[data-label="takab-crash"] text')).toHaveText(
				placeName('takab-crash'),
			);
			await expect(map(page).locator('[data-area="takab-crash"]')).toHaveClass(
				/map-area--reported/,
			);

			await showStep(page, 'hatay-incursions');
			await expect
				.poll(() => shownOf(page, 'marker'))
				.toEqual(expect.arrayContaining(['brussels', 'yayladagi']));
			await expect.poll(() => shownOf(page, 'route')).toEqual([]);
		});
	});
}

test.describe('moving between scenes', () => {
	test('scrolling fast from top to bottom ends on the last scene, settled', async ({ page }) => {
		await page.goto('./');
		const ids = await stepIds(page);
		const last = (await mapSteps(page)).at(-1)!;
		const payload = await mapPayload(page);
		for (const top of [0, 3000, 6000, 9000, 1e6]) {
			await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
		}
		await expect.poll(() => activeStep(page)).toBe(ids.at(-1));
		await expect(map(page)).toHaveAttribute('data-scene', last.scene);
		await expect(map(page)).not.toHaveAttribute('data-transition');
		// Settled on the last scene: what shows is what it lists, and its places are in the frame.
		expect((await shown(page)).filter((item) => !item.startsWith('label:')).sort()).toEqual(
			listedIn(payload, last.scene).sort(),
		);
		for (const marker of payload.markers.filter((m) => m.scenes.includes(last.scene))) {
			expect(await inMap(page, `[data-marker="${marker.id}"]`), marker.id).toBe(true);
		}
	});

	test('a new scene interrupts a running transition and ends where it should @this-story', async ({
		page,
	}) => {
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
		// The routes are fully drawn (no dash left running or cut short), the strikes gone, the
		// crash site framed.
		const dashes = await map(page)
			.locator('[data-route]')
			.evaluateAll((routes) =>
				routes.map((route) => [
					route.getAnimations().length,
					getComputedStyle(route).strokeDasharray,
				]),
			);
		expect(dashes).toEqual([
			[0, 'none'],
			[0, 'none'],
			[0, 'none'],
		]);
		expect(await shownOf(page, 'strike')).toEqual([]);
		expect(await inMap(page, '[data-area="takab-crash"]')).toBe(true);
	});

	// @this-story: in the short fixture story the resize also moves the active step, which then
	// switches at once; the test's premise (the same step throughout) holds only in a long story.
	test('the box changing size during a zoom does not cut it short; it ends framed for the new size @this-story', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		// Slow motion (the page's one duration token), so the resize lands while the zoom plays.
		await page.addInitScript(() => document.documentElement.style.setProperty('--dur', '4s'));
		await page.goto('./');
		const [first, next] = await (async () => {
			const steps = await mapSteps(page);
			return [steps[0]!, steps.find((step) => step.scene !== steps[0]!.scene)!];
		})();
		await showStep(page, first.id);
		await expect(map(page)).not.toHaveAttribute('data-transition');
		// Record any instant switch (what a resize used to do mid-zoom) from here on.
		await map(page).evaluate((element) => {
			(window as unknown as { instants: number }).instants = 0;
			new MutationObserver(() => {
				if (element.hasAttribute('data-instant'))
					(window as unknown as { instants: number }).instants += 1;
			}).observe(element, { attributeFilter: ['data-instant'] });
		});
		await page
			.locator(`#${next.id}`)
			.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		await expect(map(page)).toHaveAttribute('data-transition', 'running');
		await page.setViewportSize({ width: 1280, height: 760 });
		const zooming = () =>
			map(page)
				.locator('.story-map__layer')
				.evaluate((layer) => layer.getAnimations().length);
		await expect.poll(() => page.evaluate(() => innerHeight)).toBe(760);
		expect(await zooming(), 'the zoom still plays after the resize').toBe(1);
		await expect(map(page)).not.toHaveAttribute('data-transition', { timeout: 40_000 });
		expect(await page.evaluate(() => (window as unknown as { instants: number }).instants)).toBe(0);
		const framed = (await mapPayload(page)).labels
			.filter((label) => label.required.includes(next.scene))
			.map((label) => label.id);
		expect(
			await map(page)
				.locator('.story-map__svg')
				.evaluate(
					(svg) => svg.getAttribute('viewBox') === `0 0 ${svg.clientWidth} ${svg.clientHeight}`,
				),
		).toBe(true);
		for (const id of framed) {
			expect(await inMap(page, `[data-label="${id}"] text`), id).toBe(true);
		}
		expect(await layersApart(page)).toBeLessThan(1.5);
	});

	test('a link to the Takab step opens on the Iran scene, framed, without animating @this-story', async ({
		page,
	}) => {
		const transitions = await countTransitions(page);
		await page.goto('./#takab-object');
		await expect(map(page)).toHaveAttribute('data-scene', 'iran-impact');
		// Two frames after the map took over: anything it meant to animate would have started.
		await expect(map(page)).toHaveAttribute('data-live', '');
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
		expect(await transitions()).toBe(0);
		expect(
			await map(page).evaluate((element) => element.getAnimations({ subtree: true }).length),
		).toBe(0);
		expect(await shownOf(page, 'marker')).toContain('takab');
		expect(await inMap(page, '[data-marker="takab"]')).toBe(true);
		expect(await inMap(page, '[data-label="takab-crash"] text')).toBe(true);
	});

	test('resizing re-frames the current scene at once', async ({ page }) => {
		await page.goto('./');
		// At the very end the last step stays active whatever the width, so the scene stays.
		const last = (await mapSteps(page)).at(-1)!;
		const framed = (await mapPayload(page)).labels
			.filter((label) => label.required.includes(last.scene))
			.map((label) => label.id);
		await page.evaluate(() => window.scrollTo({ top: 1e6, behavior: 'instant' }));
		await expect(map(page)).toHaveAttribute('data-scene', last.scene);
		await expect(map(page)).not.toHaveAttribute('data-transition');
		for (const size of [
			{ width: 375, height: 740 },
			{ width: 900, height: 500 },
			{ width: 1440, height: 900 },
		]) {
			await page.setViewportSize(size);
			await expect
				.poll(() =>
					map(page)
						.locator('.story-map__svg')
						.evaluate(
							(svg) => svg.getAttribute('viewBox') === `0 0 ${svg.clientWidth} ${svg.clientHeight}`,
						),
				)
				.toBe(true);
			for (const id of framed) {
				expect(await inMap(page, `[data-label="${id}"] text`), `${id} at ${size.width}`).toBe(true);
			}
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
		// The first map step whose scene is not the one already on show.
		const steps = await mapSteps(page);
		const next = steps.find((step) => step.scene !== steps[0]!.scene)!;
		await page
			.locator(`#${next.id}`)
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
		test(`at ${viewport.width} px the map shows the server's scene, its places labelled and readable`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('./');
			await map(page).scrollIntoViewIfNeeded();
			const payload = await mapPayload(page);
			await expect(map(page)).toHaveAttribute('data-scene', payload.scene);
			const visible = await shown(page);
			expect(visible.filter((item) => !item.startsWith('label:')).sort()).toEqual(
				listedIn(payload, payload.scene).sort(),
			);
			const framed = payload.labels.filter((label) => label.required.includes(payload.scene));
			expect(framed.length).toBeGreaterThan(1);
			for (const { id } of framed) {
				expect(visible, id).toContain(`label:${id}`);
				expect(await inMap(page, `[data-label="${id}"] text`), `${id} in the frame`).toBe(true);
			}
			// Readable: labels keep their size however the drawing is scaled to fit.
			for (const label of await seenLabels(map(page))) {
				expect(label.fontPx, `${label.text} font size`).toBeGreaterThanOrEqual(12);
			}
			await picture(page, `${viewport.width}-no-js-overview`);
		});
	}

	test('strokes and markers keep their size on screen whatever the width (no typed calc)', async ({
		page,
	}) => {
		// Effective widths as drawn: a non-scaling stroke is its computed width, any other is
		// scaled by the drawing's zoom on screen.
		const measure = () =>
			map(page).evaluate((element) => {
				const widths: Record<string, number> = {};
				for (const selector of ['.map-route', '.map-area', '.map-strike', '.map-borders']) {
					// A story may have no routes or strikes: what it draws is measured.
					const shape = element.querySelector<SVGGraphicsElement>(`.story-map__layer ${selector}`);
					if (!shape) continue;
					const style = getComputedStyle(shape);
					const scale = style.vectorEffect === 'non-scaling-stroke' ? 1 : shape.getScreenCTM()!.a;
					widths[selector] = Math.round(Number.parseFloat(style.strokeWidth) * scale * 100) / 100;
					if (selector === '.map-area') widths.dashed = Number(style.strokeDasharray !== 'none');
				}
				const marker = element.querySelector('[data-marker][data-on] .map-marker__body')!;
				widths.marker = Math.round(marker.getBoundingClientRect().width * 10) / 10;
				return widths;
			});
		const seen = [];
		for (const viewport of [
			{ width: 375, height: 740 },
			{ width: 1280, height: 800 },
		]) {
			await page.setViewportSize(viewport);
			await page.goto('./');
			seen.push(await measure());
		}
		expect(seen[0]).toEqual(seen[1]);
		for (const [what, width] of Object.entries(seen[0]!)) expect(width, what).toBeGreaterThan(0);
	});

	test('in print the overview takes its own height, routes and Takab on it @this-story', async ({
		page,
	}) => {
		await page.goto('./');
		await page.emulateMedia({ media: 'print' });
		const box = await map(page).locator('.story-map__svg').boundingBox();
		expect(box!.height).toBeGreaterThan(300);
		expect(await inMap(page, '[data-route]')).toBe(true);
		expect(await inMap(page, '[data-label="takab"] text')).toBe(true);
	});
});

test('printing with JavaScript shows the overview, then returns to the scene', async ({ page }) => {
	await page.goto('./');
	const step = (await mapSteps(page)).at(-1)!;
	await page.goto(`./#${step.id}`);
	await expect(map(page)).toHaveAttribute('data-scene', step.scene);
	const payload = await mapPayload(page);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(map(page)).toHaveAttribute('data-scene', payload.scene);
	expect((await shown(page)).filter((item) => !item.startsWith('label:')).sort()).toEqual(
		listedIn(payload, payload.scene).sort(),
	);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(map(page)).toHaveAttribute('data-scene', step.scene);
});

test('printing in the frame a step becomes active prints the overview, marks and all, and the screen takes the step after', async ({
	page,
}) => {
	await page.goto('./');
	const steps = await mapSteps(page);
	const from = steps[0]!;
	const to = steps.find((step) => step.scene !== from.scene)!;
	await page.goto(`./#${from.id}`);
	await expect(map(page)).toHaveAttribute('data-scene', from.scene);
	const payload = await mapPayload(page);
	// A reader pressing Print as the step changes: before the map's next frame, in which the
	// zoom to the new scene would start.
	await page.evaluate(() =>
		document.addEventListener('scene-change', () => dispatchEvent(new Event('beforeprint')), {
			once: true,
		}),
	);
	await page.locator(`#${to.id}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	await expect.poll(() => activeStep(page)).toBe(to.id);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
	);
	await page.evaluate(() => new Promise(requestAnimationFrame));
	await expect(map(page)).toHaveAttribute('data-scene', payload.scene);
	await expect(map(page)).not.toHaveAttribute('data-faded');
	await expect(map(page)).not.toHaveAttribute('data-transition');
	expect((await shown(page)).filter((item) => !item.startsWith('label:')).sort()).toEqual(
		listedIn(payload, payload.scene).sort(),
	);
	await page.emulateMedia({ media: 'screen' });
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(map(page)).toHaveAttribute('data-scene', to.scene);
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

test('the map stays within its byte budgets, inline and script, gzipped', async ({
	page,
	request,
}) => {
	const html = await (await request.get('./')).text();
	const inline = /<story-map[\s\S]*?<\/story-map>/.exec(html)![0];
	expect(gzipSync(inline).length).toBeLessThanOrEqual(BUDGETS.mapInlineBytes.limit);

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
	expect(bytes).toBeLessThanOrEqual(BUDGETS.mapScriptBytes.limit);
});
