import { textWidthEm } from './glyph-widths';
import { COUNTRY_TRACKING, LABEL_FONT, LABEL_GAP, LABEL_LINE, MARKER_RADIUS } from './math';
import type { Bounds, Side } from './types';

export type { Side };

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
	/** Its size set on two lines, tried after every side on one line (see wrapLabel). */
	wrapped?: { width: number; height: number } | undefined;
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
	/** How many lines it is set on. */
	lines: 1 | 2;
}

/**
 * The size a label of this text and kind takes, estimated the same way everywhere and erring
 * wide (see glyph-widths.ts): a placement made with it holds in every browser, whichever font
 * of the stack it draws with. Country names are drawn in spaced capitals.
 */
export function labelSize(text: string, kind: keyof typeof LABEL_FONT) {
	const size = LABEL_FONT[kind];
	const shown = kind === 'country' ? text.toUpperCase() : text;
	const tracking = kind === 'country' ? COUNTRY_TRACKING * shown.length : 0;
	return { width: Math.ceil((textWidthEm(shown) + tracking) * size), height: size * LABEL_LINE };
}

/**
 * A label's text on two lines, broken at the space that makes the longer line shortest; null
 * for a single word. A long name ("Crash reported about 35 km from Takab") then still fits a
 * narrow frame.
 */
export function wrapLabel(text: string): [string, string] | null {
	let best: [string, string] | null = null;
	let widest = Number.POSITIVE_INFINITY;
	for (const [index, char] of [...text].entries()) {
		if (char !== ' ') continue;
		const lines: [string, string] = [text.slice(0, index), text.slice(index + 1)];
		const width = Math.max(...lines.map(textWidthEm));
		if (width < widest) [best, widest] = [lines, width];
	}
	return best;
}

/** How a label's text is anchored horizontally for each side (SVG text-anchor). */
export const SIDE_ANCHOR = {
	right: 'start',
	left: 'end',
	above: 'middle',
	below: 'middle',
	center: 'middle',
	'above-right': 'start',
	'below-right': 'start',
	'above-left': 'end',
	'below-left': 'end',
} as const satisfies Record<Side, 'start' | 'middle' | 'end'>;

/**
 * Where a label's text goes, from its anchor, for a side: the point its text-anchor and central
 * baseline sit at, in px, for a label box `height` tall (labelSize).
 */
export function sideOffset(side: Side, height: number): [number, number] {
	const [across, up] = SIDE_STEP[side];
	const gap = across !== 0 && up !== 0 ? CORNER_GAP : LABEL_GAP;
	return [across * gap, up * (gap + height / 2)];
}

/** Which way each side lies from the anchor: -1, 0 or 1 across and down. */
const SIDE_STEP: Record<Side, [number, number]> = {
	right: [1, 0],
	left: [-1, 0],
	above: [0, -1],
	below: [0, 1],
	center: [0, 0],
	'above-right': [1, -1],
	'below-right': [1, 1],
	'above-left': [-1, -1],
	'below-left': [-1, 1],
};

/**
 * A corner label's gap along each axis: about LABEL_GAP from the anchor, diagonally, and a
 * pixel clear of a marker's box (MARKER_RADIUS) at the corner.
 */
const CORNER_GAP = Math.max(Math.round(LABEL_GAP * 0.7), MARKER_RADIUS + 1);

/** How labels that find no free spot are treated: required ones shown anyway, or none. */
export type Crowding = 'show-required' | 'never-overlap';

/**
 * Places labels one by one, in order of importance: each takes the first of its sides that
 * keeps it inside the `width` × `height` frame (less `margin`) and clear of the labels placed
 * before it and of `obstacles` (markers), on one line, or else on two lines where it can be
 * wrapped (`wrapped`). A label with no such side is left out, unless it is
 * required: then it may be shifted back inside the frame, taking the first side that is clear
 * once shifted. If none is, 'show-required' crowding still shows it (first side inside the
 * frame, or the one that sticks out least, shifted in); 'never-overlap' (a static map, which
 * must stay legible at any width) leaves it out.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	width: number,
	height: number,
	obstacles: readonly Bounds[] = [],
	{ margin = 4, crowding = 'show-required' }: { margin?: number; crowding?: Crowding } = {},
): PlacedLabel[] {
	const taken: Bounds[] = [...obstacles];
	const clear = ({ box }: { box: Bounds }) => !taken.some((other) => overlaps(box, other));
	const stickingOut = ({ box }: { box: Bounds }) => overflow(box, width, height, margin);
	return requests.map((request) => {
		const oneLine = request.sides.map((side): Candidate => ({
			side,
			box: boxAt(request, side),
			lines: 1,
		}));
		const { wrapped } = request;
		const twoLines = wrapped
			? request.sides.map((side): Candidate => ({
					side,
					box: boxAt({ ...request, ...wrapped }, side),
					lines: 2,
				}))
			: [];
		const candidates = [...oneLine, ...twoLines];
		const fits = candidates.filter((candidate) => stickingOut(candidate) === 0);
		// Only a label that fits the frame can be shifted into it.
		const shifted = candidates
			.map((candidate): Candidate => ({
				...candidate,
				box: moved(candidate.box, inward(candidate.box, width, height, margin)),
			}))
			.filter((candidate) => stickingOut(candidate) === 0);
		const chosen =
			fits.find(clear) ??
			(request.required ? shifted.find(clear) : undefined) ??
			(request.required && crowding === 'show-required'
				? (fits[0] ??
					oneLine.reduce((best, next) => (stickingOut(next) < stickingOut(best) ? next : best)))
				: undefined);
		if (!chosen) return { id: request.id, side: null, box: null, shift: [0, 0], lines: 1 };
		const shift = inward(chosen.box, width, height, margin);
		const box = moved(chosen.box, shift);
		const size = chosen.lines === 2 && wrapped ? wrapped : request;
		const [anchor] = boxAt({ ...request, ...size }, chosen.side);
		taken.push(box);
		return {
			id: request.id,
			side: chosen.side,
			box,
			shift: [box[0][0] - anchor[0], box[0][1] - anchor[1]],
			lines: chosen.lines,
		};
	});
}

interface Candidate {
	side: Side;
	box: Bounds;
	lines: 1 | 2;
}

function moved([[x0, y0], [x1, y1]]: Bounds, [dx, dy]: [number, number]): Bounds {
	return [
		[x0 + dx, y0 + dy],
		[x1 + dx, y1 + dy],
	];
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
	const [dx, dy] = sideOffset(side, h);
	const left = { start: 0, middle: -w / 2, end: -w }[SIDE_ANCHOR[side]];
	return [
		[x + dx + left, y + dy - h / 2],
		[x + dx + left + w, y + dy + h / 2],
	];
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
