import type { Transform } from './types';

/** A zoom as the smooth zoom path takes it (smooth-zoom.ts): [centre x, centre y, size]. */
export type ZoomView = [number, number, number];

/**
 * The transform as the projected point at the frame's centre and the projected size of the
 * frame's larger side; interpolating views rather than transforms gives the smooth
 * zoom-out-then-in of van Wijk and Nuij, the way d3-zoom moves.
 */
export function toView({ k, x, y }: Transform, width: number, height: number): ZoomView {
	return [(width / 2 - x) / k, (height / 2 - y) / k, Math.max(width, height) / k];
}

/** The inverse of `toView`. */
export function fromView([cx, cy, size]: ZoomView, width: number, height: number): Transform {
	const k = Math.max(width, height) / size;
	return { k, x: width / 2 - cx * k, y: height / 2 - cy * k };
}
