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
import { DIST } from './support/pages';
import { overlapping, seenLabels, storyMap } from './support/map';

const WIDTHS = [280, 340, 640, 1280];

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
				for (const width of WIDTHS) {
					await page.setViewportSize({ width, height: 1000 });
					await page.goto(`./embed/map/${scene}/`);
					const map = storyMap(page);
					const frame = (await map.locator('.story-map__canvas').boundingBox())!;
					const labels = await seenLabels(map);
					const at = `${scene} at ${width} px`;
					expect(labels.length, `${at}: labels shown`).toBeGreaterThan(0);
					expect(overlapping(labels), `${at}: overlapping labels`).toEqual([]);
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
				for (const size of sizes) expect(size).toEqual(sizes[0]);
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
			return [...element.querySelectorAll<SVGSVGElement>('[data-label]')].map((label) => {
				const text = label.querySelector('text')!;
				return {
					text: text.textContent ?? '',
					country: label.classList.contains('map-label--country'),
					// Uppercased by the stylesheet: measured as drawn.
					width: text.getComputedTextLength(),
				};
			});
		});
		expect(labels.every((label) => label.width > 0)).toBe(true);
		for (const label of labels) {
			const estimate = labelSize(label.text, label.country ? 'country' : 'place').width;
			expect(label.width, `${scene}: ${label.text}`).toBeLessThanOrEqual(estimate);
		}
	}
});
