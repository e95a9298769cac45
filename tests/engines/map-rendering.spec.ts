/**
 * How the map is drawn, engine by engine: its strokes without JavaScript (issue 11 item 2), the
 * hatching's spacing (item 4) and room for the labels' widths in whatever font the engine picks
 * (item 6). Label placement at every step is checked in layout.spec.ts, with the rest of the
 * layout.
 */
import { readFile } from 'node:fs/promises';
import { builtPages } from '../e2e/support/pages';
import { decodePng } from '../e2e/support/png';
import { rowPeriod, type Box } from './support/hatch';
import { labelSize } from '../../src/lib/geo/labels';
import { launchReference, inReference } from './support/reference';
import { arriveAt, motionOff, readSteps } from './support/story';
import { eachViewport, expect, test } from './fixtures';

/**
 * Runs in the page: the computed stroke of each line, area and marker of the map, and the
 * transform that keeps markers and labels their size (`''` where the element's transform is its
 * own attribute, which engines do not all report as computed style), in document order.
 */
function mapStrokes() {
	const selector = [
		'.map-route',
		'.map-area',
		'.map-strike',
		'.map-marker__body',
		'.map-marker__ring',
		'.map-label text',
	].join(',');
	return [...document.querySelectorAll<SVGElement>(`.story-map svg :is(${selector})`)].map(
		(element, index) => {
			const style = getComputedStyle(element);
			return {
				key: `${index} ${element.getAttribute('class') ?? element.parentElement?.getAttribute('class')}`,
				strokeWidth: style.strokeWidth,
				dasharray: style.strokeDasharray,
				transform: element.hasAttribute('transform') ? '' : style.transform,
			};
		},
	);
}

/** The numbers in a computed value: `4.26667px, 3px` → [4.26667, 3]; `none` → []. */
const numbers = (value: string) => (value.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);

/** Whether two computed values say the same within 2%, number by number. */
function same(a: string, b: string): boolean {
	const [x, y] = [numbers(a), numbers(b)];
	return (
		x.length === y.length &&
		x.every((n, i) => Math.abs(n - y[i]!) <= 0.02 * Math.max(1, Math.abs(y[i]!)))
	);
}

// The story (its no-JS map is sized by CSS alone) and every map embed (CSS alone, always).
const mapPages = builtPages().filter(
	(built) => built.path === '' || built.path.startsWith('embed/map/'),
);

let reference: Awaited<ReturnType<typeof launchReference>> | undefined;
test.afterAll(async () => reference?.close());

/**
 * Runs in the page: the visible hatched area's box (the part of it clear of the step card and
 * inside the window), and the hatch spacing the page means on screen: the pattern's size in
 * the zoomed drawing's units, times its own scale, times the drawing's scale on screen.
 */
function hatchOnScreen(): { box: Box; expected: number } | null {
	// The hatched area of the scene on show (a scene's shapes carry data-on while it shows), in the
	// graphic's layer that is on show (a timeline step hides the map, keeping its last scene).
	const area = document.querySelector<SVGPathElement>(
		'[data-graphic-layer][data-active] story-map path[fill^="url(#"][data-on]',
	);
	const id = area?.getAttribute('fill')?.slice(5, -1);
	const pattern = id ? document.getElementById(id) : null;
	if (!area || !pattern) return null;
	const rect = area.getBoundingClientRect();
	const card = document.querySelector('[data-step][aria-current="step"] .step__body');
	const cardTop = card ? card.getBoundingClientRect().top : innerHeight;
	// The middle of the area, away from its outline; never under the card or off screen.
	const box = {
		left: Math.max(0, rect.left + rect.width * 0.25),
		right: Math.min(document.documentElement.clientWidth, rect.right - rect.width * 0.25),
		top: Math.max(0, rect.top + rect.height * 0.25),
		bottom: Math.min(innerHeight, cardTop, rect.bottom - rect.height * 0.25),
	};
	if (box.right - box.left < 40 || box.bottom - box.top < 20) return null;
	// The pattern's own scale against the zoom: its patternTransform where it has one, else the
	// stylesheet's scale(1 / --k).
	const own = (pattern as unknown as SVGPatternElement).patternTransform?.baseVal.consolidate();
	const k = Number(getComputedStyle(pattern).getPropertyValue('--k')) || 1;
	const scale = own ? own.matrix.a : 1 / k;
	const onScreen = area.getScreenCTM()?.a ?? 1;
	return { box, expected: Number(pattern.getAttribute('width')) * scale * onScreen };
}

/**
 * Runs in the page: every line of every map label as this engine draws it, with its text,
 * whether it names a country, and its width. A label hidden by its own `display` attribute is
 * shown for the measurement and hidden again within the same task, so nothing is painted.
 */
function labelLines(): { text: string; country: boolean; width: number }[] {
	return [...document.querySelectorAll<SVGGElement>('story-map [data-label]')].flatMap((label) => {
		const display = label.getAttribute('display');
		label.removeAttribute('display');
		const text = label.querySelector('text');
		const lines = text ? [...text.querySelectorAll('tspan')] : [];
		const measured = [...(lines.length > 0 ? lines : text ? [text] : [])].map((line) => ({
			text: line.textContent ?? '',
			country: label.classList.contains('map-label--country'),
			width: line.getComputedTextLength(),
		}));
		if (display !== null) label.setAttribute('display', display);
		return measured;
	});
}

eachViewport(() => {
	test('without JavaScript the map draws its routes, areas and markers at the widths the stylesheet sets', async ({
		noScriptTab,
		site,
	}) => {
		// Issue 11 item 2: Firefox has no typed calc() division; a --k of `100cqw / 800px` made
		// every `calc(2px / var(--k))` invalid, and the strokes fell back to 1px.
		reference ??= await launchReference();
		const differences: string[] = [];
		for (const built of mapPages) {
			const url = `${site.url}${built.path}`;
			await noScriptTab.goto(url);
			const actual = await noScriptTab.evaluate(mapStrokes);
			// Chromium at the width the page is laid out in: Firefox's scrollbar takes 12 px of it.
			const layout = await noScriptTab.evaluate(() => ({
				width: document.documentElement.clientWidth,
				height: innerHeight,
			}));
			const expected = await inReference(reference, url, layout, mapStrokes, {
				javaScriptEnabled: false,
			});
			expect(actual.map((entry) => entry.key)).toEqual(expected.map((entry) => entry.key));
			for (const [index, want] of expected.entries()) {
				const got = actual[index]!;
				for (const property of ['strokeWidth', 'dasharray', 'transform'] as const) {
					if (!same(got[property], want[property])) {
						differences.push(
							`${built.name} ${want.key} ${property}: ${got[property]} (Chromium ${want[property]})`,
						);
					}
				}
			}
		}
		expect(differences).toEqual([]);
	});

	test("the launch area's hatching keeps its spacing on screen as the map zooms", async ({
		tab,
		site,
	}, testInfo) => {
		// Issue 11 item 4: WebKit ignores a CSS transform on <pattern>, so the hatching scaled with
		// the zoom; the map now sets the pattern's patternTransform attribute instead.
		await tab.goto(site.url);
		await motionOff(tab);
		// Every map step: those whose scene shows the hatched area are measured.
		const steps = await readSteps(tab);
		const measured: string[] = [];
		const wrong: string[] = [];
		for (const step of steps) {
			await arriveAt(tab, step);
			const hatch = await tab.evaluate(hatchOnScreen);
			if (!hatch) continue;
			const file = testInfo.outputPath(`${step.id}.png`);
			await tab.screenshot(file);
			const period = rowPeriod(decodePng(await readFile(file)), hatch.box);
			const line = `${step.id}: ${period} px apart (the stylesheet means ${hatch.expected.toFixed(1)} px)`;
			measured.push(line);
			if (!(Math.abs(period - hatch.expected) <= Math.max(1, hatch.expected * 0.2)))
				wrong.push(line);
		}
		testInfo.annotations.push({ type: 'hatch', description: measured.join('; ') });
		expect(
			measured.length,
			'no step showed the hatched area clear of the step card',
		).toBeGreaterThan(0);
		expect(wrong).toEqual([]);
	});

	test('map labels are placed with room for the widths this engine draws', async ({
		tab,
		site,
	}) => {
		// Issue 11 item 6: WebKit resolves the label font stack to another font than Chromium and
		// draws labels about 16% narrower. Placement uses widths no font of the stack draws wider
		// than (src/lib/geo/glyph-widths.ts), so it holds whichever font an engine picks.
		await tab.goto(site.url);
		const lines = await tab.evaluate(labelLines);
		// Labels inside a hidden band or scene measure nothing; the rest are the ones drawn.
		const drawn = lines.filter((line) => line.width > 0);
		expect(drawn.length).toBeGreaterThan(0);
		const wider = drawn
			.map((line) => ({
				...line,
				room: labelSize(line.text, line.country ? 'country' : 'place').width,
			}))
			.filter((line) => line.width > line.room)
			.map(
				(line) =>
					`${line.text}: drawn ${line.width.toFixed(1)} px, placed for ${line.room.toFixed(1)} px`,
			);
		expect(wider).toEqual([]);
	});
});
