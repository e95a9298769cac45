/**
 * The embedded map reads at every width (issue 12, item 1): from 280 to 1280 px wide, with or
 * without JavaScript, every label a reader can see is at least 12 px on screen, inside the map
 * and clear of every other label, and strokes and markers keep their size. The scenes are the
 * embed pages the build made, so a new scene is covered without a word here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { labelSize } from '../../src/lib/geo/labels';
import { LABEL_BANDS } from '../../src/lib/geo/math';
import { sceneFocus } from './support/content';
import { DIST } from './support/pages';
import { overlapping, seenLabels, storyMap } from './support/map';

/** The widths of issue 12's acceptance, the narrowest and widest an embed is read at. */
const WIDTHS = [280, 340, 640, 1280];
const [NARROWEST, WIDEST] = [Math.min(...WIDTHS), Math.max(...WIDTHS)];

/**
 * The page widths at which the map is exactly as wide as the narrowest width of a label band,
 * the width its layout was made for and the tightest it is shown at, given the room the page
 * keeps beside the map (`margin`, measured).
 */
const bandEdges = (margin: number) =>
	LABEL_BANDS.map((band) => band + margin).filter((width) => width >= NARROWEST && width <= WIDEST);

/** The map scenes with an embed page in the build. */
const scenes = readdirSync(resolve(DIST, 'embed/map')).filter((scene) =>
	existsSync(resolve(DIST, 'embed/map', scene, 'index.html')),
);

/**
 * Sizes as drawn: each mark's box and each shape's stroke width on screen. (The hatching of an
 * approximate area is a texture, in the pattern's defs: it scales with the drawing.)
 */
const drawnSizes = (page: Page) =>
	storyMap(page).evaluate((element) => {
		const strokes: Record<string, number> = {};
		for (const shape of element.querySelectorAll<SVGGeometryElement>('[data-zoom] path')) {
			const style = getComputedStyle(shape);
			if (style.stroke === 'none' || style.display === 'none') continue;
			const scale = style.vectorEffect === 'non-scaling-stroke' ? 1 : shape.getScreenCTM()!.a;
			strokes[shape.getAttribute('class') ?? ''] =
				Math.round(Number.parseFloat(style.strokeWidth) * scale * 100) / 100;
		}
		const markers = [...element.querySelectorAll('[data-marker]')].map((marker) => {
			const box = marker.querySelector('.map-marker__body')!.getBoundingClientRect();
			return `${marker.getAttribute('data-marker')} ${Math.round(box.width)}×${Math.round(box.height)}`;
		});
		return { strokes, markers };
	});

test('the build has map embeds to test', () => {
	expect(scenes.length).toBeGreaterThan(0);
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled });

		for (const scene of scenes) {
			test(`${scene}: labels readable and apart, strokes and markers the same, at every width`, async ({
				page,
			}) => {
				const sizes = [];
				const focus = sceneFocus(scene);
				/** The scene's places labelled, by the map's width. */
				const named = new Map<number, string[]>();
				const widths = [...WIDTHS];
				// The loop takes in the band edges it adds once the page's margin is known.
				for (const [index, width] of widths.entries()) {
					await page.setViewportSize({ width, height: 1000 });
					await page.goto(`./embed/map/${scene}/`);
					const map = storyMap(page);
					const frame = (await map.locator('.story-map__canvas').boundingBox())!;
					if (index === 0) widths.push(...bandEdges(Math.round(width - frame.width)));
					const labels = await seenLabels(map);
					const at = `${scene} at ${width} px (map ${Math.round(frame.width)} px)`;
					// A band edge is hit exactly, or the margin is not what was measured.
					if (index >= WIDTHS.length) {
						expect(LABEL_BANDS, `${at}: a band edge`).toContain(Math.round(frame.width));
					}
					expect(labels.length, `${at}: labels shown`).toBeGreaterThan(0);
					expect(overlapping(labels), `${at}: overlapping labels`).toEqual([]);
					named.set(
						Math.round(frame.width),
						labels.map((label) => label.id).filter((id) => focus.includes(id)),
					);
					for (const label of labels) {
						expect(label.fontPx, `${at}: ${label.text} size`).toBeGreaterThanOrEqual(12);
						expect(label.box.left, `${at}: ${label.text} inside`).toBeGreaterThanOrEqual(frame.x);
						expect(label.box.right, `${at}: ${label.text} inside`).toBeLessThanOrEqual(
							frame.x + frame.width,
						);
						expect(label.box.top, `${at}: ${label.text} inside`).toBeGreaterThanOrEqual(frame.y);
						expect(label.box.bottom, `${at}: ${label.text} inside`).toBeLessThanOrEqual(
							frame.y + frame.height,
						);
					}
					sizes.push(await drawnSizes(page));
				}
				expect(widths.length, 'band edges measured too').toBeGreaterThan(WIDTHS.length);
				for (const size of sizes) expect(size).toEqual(sizes[0]);
				// What the scene is about: all named on a wide map (a long name on two lines if need
				// be), and a wider map never drops a place a narrower one names.
				const byWidth = [...named.entries()].sort(([a], [b]) => a - b);
				expect(byWidth.at(-1)![1].toSorted(), `${scene}: places named`).toEqual(focus.toSorted());
				for (const [index, [width, places]] of byWidth.slice(1).entries()) {
					const [narrower, before] = byWidth[index]!;
					expect(places, `${scene}: named at ${narrower} px, and at ${width} px`).toEqual(
						expect.arrayContaining(before),
					);
				}
			});
		}
	});
}

test('labels are placed with widths no engine draws wider than (placement holds in any font)', async ({
	page,
}) => {
	for (const scene of scenes) {
		await page.goto(`./embed/map/${scene}/`);
		const labels = await storyMap(page).evaluate((element) => {
			// Every band's labels, not only the shown band's: hidden text measures nothing.
			for (const band of element.querySelectorAll<SVGGElement>('.map-band')) {
				band.style.display = 'inline';
			}
			// Each line on its own: a long name may be set on two (tspans).
			return [...element.querySelectorAll<SVGSVGElement>('[data-label]')].flatMap((label) => {
				const text = label.querySelector('text')!;
				const lines = text.querySelectorAll('tspan');
				return [...(lines.length > 0 ? lines : [text])].map((line) => ({
					text: line.textContent ?? '',
					country: label.classList.contains('map-label--country'),
					// Uppercased by the stylesheet: measured as drawn.
					width: line.getComputedTextLength(),
				}));
			});
		});
		expect(labels.every((label) => label.width > 0)).toBe(true);
		for (const label of labels) {
			const estimate = labelSize(label.text, label.country ? 'country' : 'place').width;
			expect(label.width, `${scene}: ${label.text}`).toBeLessThanOrEqual(estimate);
		}
	}
});
