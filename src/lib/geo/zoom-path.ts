import { smoothZoom } from './smooth-zoom';
import type { Transform } from './types';
import { fromView, toView } from './zoom-view';

/**
 * A zoom from one view of the map to another as the compositor plays it: the drawing stays
 * rendered at `drawn`, and the layer holding it moves and scales, so no frame of the zoom asks
 * the browser to lay out or repaint the map. `layers` are the layer's transforms at evenly
 * spaced moments (the ease applied), to be played as keyframes with linear steps between them;
 * `duration` is d3's suggested time for the smooth zoom path (van Wijk and Nuij), tempered to
 * the page's animation unit.
 */
export function zoomPath(
	from: Transform,
	to: Transform,
	drawn: Transform,
	width: number,
	height: number,
	{ unit, steps = 24, ease = (t: number) => t }: ZoomTiming,
): { duration: number; layers: Transform[] } {
	const { path, duration: suggested } = smoothZoom(
		toView(from, width, height),
		toView(to, width, height),
	);
	const duration = Math.min(Math.max(suggested * 0.6, 1.2 * unit), 3 * unit);
	const layers = Array.from({ length: steps + 1 }, (_, index) =>
		relativeTo(fromView(path(ease(index / steps)), width, height), drawn),
	);
	return { duration, layers };
}

export interface ZoomTiming {
	/** The page's animation unit, ms. */
	unit: number;
	/** How many linear steps the keyframes make. */
	steps?: number;
	/** The ease, applied to where each keyframe samples the path. */
	ease?: (t: number) => number;
}

/** The layer transform that shows `view` of a drawing rendered at `drawn`. */
export function relativeTo(view: Transform, drawn: Transform): Transform {
	const k = view.k / drawn.k;
	return { k, x: view.x - drawn.x * k, y: view.y - drawn.y * k };
}

/** What the reader sees: a drawing rendered at `drawn`, in a layer transformed by `layer`. */
export function seenThrough(layer: Transform, drawn: Transform): Transform {
	return { k: layer.k * drawn.k, x: layer.k * drawn.x + layer.x, y: layer.k * drawn.y + layer.y };
}

/** The layer's transform `progress` (0–1) of the way through keyframes played linearly. */
export function layerAt(layers: readonly Transform[], progress: number): Transform {
	const position = Math.min(Math.max(progress, 0), 1) * (layers.length - 1);
	const index = Math.min(Math.floor(position), layers.length - 2);
	const [a, b] = [layers[index]!, layers[index + 1] ?? layers[index]!];
	const t = position - index;
	return { k: a.k + (b.k - a.k) * t, x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
}
