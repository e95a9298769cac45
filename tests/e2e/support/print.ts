import { expect, type Page } from '@playwright/test';
import { readPdf, squash } from './pdf';

/** A sheet of paper, in millimetres, as page.pdf() takes it. */
export interface Paper {
	name: string;
	format: 'A4' | 'Letter';
	landscape: boolean;
}

export const A4: Paper = { name: 'A4', format: 'A4', landscape: false };
export const A4_LANDSCAPE: Paper = { name: 'A4 landscape', format: 'A4', landscape: true };
export const LETTER: Paper = { name: 'Letter', format: 'Letter', landscape: false };

const SHEETS_MM = { A4: [210, 297], Letter: [215.9, 279.4] } as const;
const PX_PER = { mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72, px: 1 } as Record<
	string,
	number
>;

/**
 * Figures that must never be split by a page break. A long table may run over pages (its rows
 * may not), so a figure that holds one is judged by its rows.
 */
export const CHARTS = 'figure:not(:has(table)), img, svg[role="img"], [data-graphic-layer], tr';

/**
 * The page area of `paper` in CSS px: the sheet less the stylesheet's own `@page` margins,
 * which Chromium applies over page.pdf()'s, read from the page so the test follows print.css.
 */
export async function pageArea(page: Page, paper: Paper) {
	const margins = await page.evaluate(() => {
		// @page sits inside @layer and @media blocks: look through every level.
		const find = (rules: CSSRuleList): CSSPageRule | undefined => {
			for (const rule of rules) {
				if (rule instanceof CSSPageRule) return rule;
				const inner = 'cssRules' in rule ? find((rule as CSSGroupingRule).cssRules) : undefined;
				if (inner) return inner;
			}
			return undefined;
		};
		for (const sheet of document.styleSheets) {
			const found = find(sheet.cssRules);
			if (found) {
				const { marginTop, marginRight, marginBottom, marginLeft } = found.style;
				return [marginTop, marginRight, marginBottom, marginLeft];
			}
		}
		return ['0px', '0px', '0px', '0px'];
	});
	const [top, right, bottom, left] = margins.map((margin) => {
		const [, value, unit] = /^([\d.]+)([a-z]+)$/.exec(margin) ?? [];
		if (!unit || !(unit in PX_PER)) throw new Error(`@page margin "${margin}" is not a length`);
		return Number(value) * PX_PER[unit]!;
	});
	const [short, long] = SHEETS_MM[paper.format].map((mm) => mm * PX_PER.mm!);
	const [width, height] = paper.landscape ? [long!, short!] : [short!, long!];
	return { width: Math.floor(width - left! - right!), height: Math.floor(height - top! - bottom!) };
}

/**
 * Lays the story out as a reader would print it on `paper`: JavaScript on, part-way through the
 * story, the window the size of the page area, `beforeprint` dispatched, print media. Returns
 * the scroll position the reader had on screen.
 */
export async function layOutForPrint(page: Page, paper: Paper): Promise<{ scrollY: number }> {
	await page.goto('./');
	const area = await pageArea(page, paper);
	// The page area's height too: on paper, vh is the page's.
	await page.setViewportSize(area);
	const steps = page.locator('[data-step]');
	const middle = steps.nth(Math.floor(((await steps.count()) - 1) / 2));
	await middle.evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
	// A reader may print at any moment after the step is active, its transitions running and
	// its deferred work (a hidden timeline catching up when idle) not yet done: beforeprint,
	// what a browser dispatches before printing, must bring the page to rest for paper.
	await expect(middle).toHaveAttribute('aria-current', 'step');
	// Where the reader is on screen: emulated print media lays out the page itself (a browser
	// prints a copy), and a shorter paper layout clamps its scroll.
	const screen = await page.evaluate(() => ({ scrollY }));
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	return screen;
}

/**
 * Prints the page laid out by layOutForPrint to a PDF on `paper` and lists what is wrong with
 * it: a chart without break-inside: avoid, one taller than the page area, a blank page, or a
 * chart whose words are not all on one page (the text of a chart cut in two).
 */
export async function printProblems(page: Page, paper: Paper): Promise<string[]> {
	const area = await pageArea(page, paper);
	const charts = await page.locator(CHARTS).evaluateAll((elements) =>
		elements
			.map((element) => {
				const box = element.getBoundingClientRect();
				let avoids = false;
				for (let node: Element | null = element; node && !avoids; node = node.parentElement) {
					avoids = /avoid/.test(getComputedStyle(node).breakInside);
				}
				// The text a reader sees: a map holds the labels of every scene, most of them hidden.
				const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
				const seen: string[] = [];
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const parent = node.parentElement;
					const shown = parent?.checkVisibility({
						visibilityProperty: true,
						opacityProperty: true,
					});
					if (shown && !parent!.closest('.visually-hidden, title, desc, style')) {
						seen.push(node.textContent ?? '');
					}
				}
				const text = seen.join(' ');
				const label = `<${element.localName} class="${element.getAttribute('class') ?? ''}">`;
				return { label, height: box.height, avoids, text };
			})
			// Icons and empty layers cannot be split in any way a reader would notice.
			.filter((chart) => chart.height >= 40),
	);
	const problems: string[] = [];
	for (const chart of charts) {
		if (!chart.avoids) problems.push(`${chart.label} needs break-inside: avoid in print`);
		if (chart.height > area.height) {
			problems.push(`${chart.label} is ${Math.round(chart.height)} px, the page ${area.height} px`);
		}
	}

	const pdf = await page.pdf({ format: paper.format, landscape: paper.landscape });
	const pages = await readPdf(new Uint8Array(pdf));
	if (pages.length < 2) problems.push(`only ${pages.length} page(s)`);
	for (const [index, printed] of pages.entries()) {
		if (!printed.paints) problems.push(`page ${index + 1} is blank`);
	}

	// A chart whose text is split between pages is cut: every word of it must be on one page.
	// Words, not the whole string: a map's labels come out of the PDF in drawing order.
	for (const chart of charts.filter((candidate) => squash(candidate.text).length >= 20)) {
		// Lower case: a stylesheet may print a label in capitals (text-transform).
		const words = chart.text.toLowerCase().split(/\s+/).map(squash).filter(Boolean);
		const holds = (printed: { text: string }) =>
			words.every((word) => printed.text.toLowerCase().includes(word));
		if (pages.some(holds)) continue;
		// Name the page with most of it, and what that page lacks: the rest went over to
		// another page, or was cut off at the edge of the drawing.
		const counts = pages.map(
			(printed) => words.filter((word) => printed.text.toLowerCase().includes(word)).length,
		);
		const best = counts.indexOf(Math.max(...counts));
		const lacks = words.filter((word) => !pages[best]!.text.toLowerCase().includes(word));
		// Where the rest went tells a page break (another page) from a cut (no page at all).
		const elsewhere = lacks.map((word) => {
			const found = pages.findIndex((printed) => printed.text.toLowerCase().includes(word));
			return found < 0 ? `${word} (on no page)` : `${word} (page ${found + 1})`;
		});
		problems.push(
			`${chart.label} is split across pages or cut: page ${best + 1} has it but for ${elsewhere.join(', ')}`,
		);
	}
	return problems;
}
