/**
 * The height an embedded chart reserves at a given width, agreed by three parties so that the
 * host page never moves (layout shift 0):
 *   - the embed code's placeholder, in CSS (`reservationStyle`), before any script has run;
 *   - the loader, which gives the iframe exactly that height when it replaces the placeholder;
 *   - the embed page, which keeps at least that height at its width (`reservedHeight`).
 * It is an upper bound of every chart's height at that width (the embed fills any room left):
 * a map's drawing (its aspect ratio) plus an allowance for its text that shrinks as lines get
 * longer, `clamp(min, intercept − slope × width, max)`; the timeline is all allowance.
 * tests/e2e/embeds.spec.ts checks every chart against it at widths from 280 to 1280 px, so text
 * that outgrows the allowance fails the tests rather than shifting a newsroom's page.
 */

/** height = aspect × (width − inset) + clamp(min, intercept − slope × width, max), rounded up. */
interface Reservation {
	aspect: number;
	inset: number;
	min: number;
	intercept: number;
	slope: number;
	max: number;
}

/** Measured across every chart, with a margin, in CSS px. */
const RESERVATIONS: Record<string, Record<'caption' | 'bare', Reservation>> = {
	map: {
		caption: { aspect: 0.8, inset: 24, min: 265, intercept: 680, slope: 0.5, max: 520 },
		bare: { aspect: 0.8, inset: 24, min: 125, intercept: 390, slope: 0.4, max: 280 },
	},
	// At 280 px the key's "confirmed / on record" takes a line of its own.
	timeline: {
		caption: { aspect: 0, inset: 0, min: 675, intercept: 1205, slope: 0.625, max: 1040 },
		bare: { aspect: 0, inset: 0, min: 525, intercept: 780, slope: 0.4, max: 640 },
	},
};

function reservation(path: string, caption: boolean): Reservation {
	const kind = RESERVATIONS[path.split('/')[0]!] ?? RESERVATIONS['map']!;
	return kind[caption ? 'caption' : 'bare'];
}

/** Height in px to reserve for the chart at `path` (`map/<scene>` or `timeline`), `width` px wide. */
export function reservedHeight(path: string, width: number, caption = true): number {
	const { aspect, inset, min, intercept, slope, max } = reservation(path, caption);
	const allowance = Math.min(max, Math.max(min, intercept - slope * width));
	return Math.ceil(aspect * (width - inset) + allowance);
}

/**
 * The same height as CSS for the placeholder element, whose own width is 100%: a top padding,
 * since padding percentages are of the width. Rounded up like `reservedHeight`, so the iframe
 * that replaces the padding is exactly as tall.
 */
export function reservationStyle(path: string, caption = true): string {
	const { aspect, inset, min, intercept, slope, max } = reservation(path, caption);
	const allowance = `clamp(${min}px, ${intercept}px - ${slope * 100}%, ${max}px)`;
	const drawing = aspect ? `${aspect * 100}% - ${aspect * inset}px + ` : '';
	return `padding-top: round(up, calc(${drawing}${allowance}), 1px)`;
}
