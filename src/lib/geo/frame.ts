import { FRAME_PADDING } from './math';
import type { Bounds, Padding, Transform } from './types';

/** The story's padding for a frame of this size: a share of the smaller side, with a floor. */
export function framePadding(width: number, height: number): Padding {
	const side = Math.max(FRAME_PADDING.min, FRAME_PADDING.share * Math.min(width, height));
	return { top: side, right: side, bottom: side, left: side };
}

/**
 * The zoom that fits `bounds` (projected px) into a `width` × `height` frame, as large as the
 * padding allows and centred in what is left, for any aspect ratio. The server renders each
 * scene with it and the browser animates to it, so the two always agree.
 */
export function frameScene(
	bounds: Bounds,
	width: number,
	height: number,
	padding: Padding = framePadding(width, height),
): Transform {
	const [[x0, y0], [x1, y1]] = bounds;
	const innerWidth = Math.max(1, width - padding.left - padding.right);
	const innerHeight = Math.max(1, height - padding.top - padding.bottom);
	// A degenerate box (one point) would zoom forever; treat it as one pixel.
	const k = Math.min(innerWidth / Math.max(x1 - x0, 1), innerHeight / Math.max(y1 - y0, 1));
	return {
		k,
		x: padding.left + innerWidth / 2 - (k * (x0 + x1)) / 2,
		y: padding.top + innerHeight / 2 - (k * (y0 + y1)) / 2,
	};
}
