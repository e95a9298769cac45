import type { ZoomView } from './zoom-view';

/** How much the path zooms out to travel: van Wijk and Nuij's ρ, √2 as d3-zoom uses it. */
const RHO = Math.SQRT2;
const RHO2 = RHO * RHO;
const RHO4 = RHO2 * RHO2;

/**
 * The smooth zoom between two views ([centre x, centre y, size]) of van Wijk and Nuij's
 * "Smooth and efficient zooming and panning" (2003): the optimal path that zooms out while
 * panning far and in again, as d3-zoom moves. `path(t)` is the view at t (0–1) and `duration`
 * the time the paper's measure suggests, in ms (d3-interpolate's interpolateZoom gives the same
 * path; it is not used here because importing it brings all of d3-color along, 4.5 KB gzip).
 */
export function smoothZoom(
	[x0, y0, w0]: ZoomView,
	[x1, y1, w1]: ZoomView,
): { path: (t: number) => ZoomView; duration: number } {
	const [dx, dy] = [x1 - x0, y1 - y0];
	const d2 = dx * dx + dy * dy;
	const d1 = Math.sqrt(d2);
	// Nearly the same centre: a pure zoom, the size changing exponentially.
	if (d1 < 1e-12) {
		const s = Math.log(w1 / w0) / RHO;
		return {
			path: (t) => [x0 + t * dx, y0 + t * dy, w0 * Math.exp(RHO * t * s)],
			duration: (Math.abs(s) * 1000 * RHO) / Math.SQRT2,
		};
	}
	const b0 = (w1 * w1 - w0 * w0 + RHO4 * d2) / (2 * w0 * RHO2 * d1);
	const b1 = (w1 * w1 - w0 * w0 - RHO4 * d2) / (2 * w1 * RHO2 * d1);
	const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
	const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
	const s = (r1 - r0) / RHO;
	return {
		path: (t) => {
			const at = t * s;
			const u = (w0 / (RHO2 * d1)) * (Math.cosh(r0) * Math.tanh(RHO * at + r0) - Math.sinh(r0));
			return [x0 + u * dx, y0 + u * dy, (w0 * Math.cosh(r0)) / Math.cosh(RHO * at + r0)];
		},
		duration: (s * 1000 * RHO) / Math.SQRT2,
	};
}
