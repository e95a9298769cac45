import type { Pixels } from '../../e2e/support/png';

/** A box in viewport px. */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * The spacing, in px, of a regular pattern along the rows of `box` in a screenshot: for each of
 * a few rows, the lag (2–40 px) at which the row's brightness best matches itself shifted,
 * then the median over the rows (labels or a route crossing one row do not decide it).
 */
export function rowPeriod(pixels: Pixels, box: Box, rows = 9): number {
	const lags: number[] = [];
	const [x0, x1] = [Math.ceil(box.left), Math.floor(box.right)];
	for (let r = 0; r < rows; r += 1) {
		const y = Math.round(box.top + ((r + 0.5) * (box.bottom - box.top)) / rows);
		const row = [];
		for (let x = x0; x < x1; x += 1) {
			const [red, green, blue] = pixels.at(x, y);
			row.push(0.2126 * red + 0.7152 * green + 0.0722 * blue);
		}
		const mean = row.reduce((sum, value) => sum + value, 0) / row.length;
		const signal = row.map((value) => value - mean);
		let best = { lag: 0, score: -Infinity };
		for (let lag = 2; lag <= Math.min(40, signal.length / 3); lag += 1) {
			let score = 0;
			for (let i = 0; i + lag < signal.length; i += 1) score += signal[i]! * signal[i + lag]!;
			score /= signal.length - lag;
			// The first strong peak, not a multiple of it: prefer the shorter lag unless clearly beaten.
			if (score > best.score * 1.15) best = { lag, score };
		}
		if (best.lag > 0) lags.push(best.lag);
	}
	lags.sort((a, b) => a - b);
	return lags[Math.floor(lags.length / 2)] ?? Number.NaN;
}
