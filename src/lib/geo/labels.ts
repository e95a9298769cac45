import { CHAR_WIDTH_EM, LABEL_FONT, LABEL_GAP } from './math';
import type { Bounds } from './types';

/** Where a label sits relative to its anchor. */
export type Side = 'right' | 'left' | 'above' | 'below' | 'center';

/** A label to place, with its anchor in frame px. */
export interface LabelRequest {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Sides to try, best first. */
	sides: readonly Side[];
	/** Shown even if it must overlap another label (the scene is about it). */
	required?: boolean;
}

/**
 * Where a label went; `side` is null when it was left out. `shift` (px) moves a required
 * label that would stick out of the frame back inside it.
 */
export interface PlacedLabel {
	id: string;
	side: Side | null;
	box: Bounds | null;
	shift: [number, number];
}

/** The size a label of this text and kind takes, estimated the same way everywhere. */
export function labelSize(text: string, kind: keyof typeof LABEL_FONT) {
	const size = LABEL_FONT[kind];
	return { width: text.length * size * CHAR_WIDTH_EM[kind], height: size * 1.25 };
}

/**
 * Places labels one by one, in order of importance: each takes the first of its sides that
 * keeps it inside the `width` × `height` frame (less `margin`) and clear of the labels placed
 * before it and of `obstacles` (markers). A label with no such side is left out, unless it is
 * required: then it takes the first side inside the frame, or else the one that sticks out
 * least, shifted back inside.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	width: number,
	height: number,
	obstacles: readonly Bounds[] = [],
	margin = 4,
): PlacedLabel[] {
	const taken: Bounds[] = [...obstacles];
	return requests.map((request) => {
		const candidates = request.sides.map((side) => ({ side, box: boxAt(request, side) }));
		const fits = candidates.filter(({ box }) => overflow(box, width, height, margin) === 0);
		const chosen =
			fits.find(({ box }) => !taken.some((other) => overlaps(box, other))) ??
			(request.required
				? (fits[0] ??
					candidates.reduce((best, next) =>
						overflow(next.box, width, height, margin) < overflow(best.box, width, height, margin)
							? next
							: best,
					))
				: undefined);
		if (!chosen) return { id: request.id, side: null, box: null, shift: [0, 0] };
		const shift = inward(chosen.box, width, height, margin);
		const [[x0, y0], [x1, y1]] = chosen.box;
		const box: Bounds = [
			[x0 + shift[0], y0 + shift[1]],
			[x1 + shift[0], y1 + shift[1]],
		];
		taken.push(box);
		return { id: request.id, side: chosen.side, box, shift };
	});
}

/** The move that brings a box inside the frame; a box too big for it keeps its top left in. */
function inward(
	[[x0, y0], [x1, y1]]: Bounds,
	width: number,
	height: number,
	margin: number,
): [number, number] {
	const along = (start: number, end: number, size: number) =>
		start < margin
			? margin - start
			: end > size - margin
				? Math.max(size - margin - end, margin - start)
				: 0;
	return [along(x0, x1, width), along(y0, y1, height)];
}

function boxAt({ x, y, width: w, height: h }: LabelRequest, side: Side): Bounds {
	const g = LABEL_GAP;
	switch (side) {
		case 'right':
			return [
				[x + g, y - h / 2],
				[x + g + w, y + h / 2],
			];
		case 'left':
			return [
				[x - g - w, y - h / 2],
				[x - g, y + h / 2],
			];
		case 'above':
			return [
				[x - w / 2, y - g - h],
				[x + w / 2, y - g],
			];
		case 'below':
			return [
				[x - w / 2, y + g],
				[x + w / 2, y + g + h],
			];
		case 'center':
			return [
				[x - w / 2, y - h / 2],
				[x + w / 2, y + h / 2],
			];
	}
}

/** How far, in total px, a box sticks out of the frame. */
function overflow([[x0, y0], [x1, y1]]: Bounds, width: number, height: number, margin: number) {
	return (
		Math.max(0, margin - x0) +
		Math.max(0, x1 - (width - margin)) +
		Math.max(0, margin - y0) +
		Math.max(0, y1 - (height - margin))
	);
}

function overlaps([[ax0, ay0], [ax1, ay1]]: Bounds, [[bx0, by0], [bx1, by1]]: Bounds): boolean {
	return ax0 < bx1 && bx0 < ax1 && ay0 < by1 && by0 < ay1;
}
