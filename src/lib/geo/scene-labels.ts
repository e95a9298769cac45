import {
	labelSize,
	placeLabels,
	SIDE_ANCHOR,
	sideOffset,
	wrapLabel,
	type Crowding,
	type PlacedLabel,
} from './labels';
import { MARKER_RADIUS } from './math';
import type { Bounds, MapLabel, MapPoint, Side, Transform } from './types';

const RANK = { place: 0, sea: 1, country: 2 } as const;

/**
 * Where each of a scene's labels goes once the map is zoomed by `zoom` into a `width` ×
 * `height` frame (see placeLabels; side null: left out for lack of room). Labels the scene is
 * about come first, then other places, seas and countries; markers are kept clear. Labels of
 * other scenes are not in the result. Sizes are labelSize's estimates, never measurements, so
 * the server and every browser place alike.
 */
export function sceneLabels(
	labels: readonly MapLabel[],
	markers: readonly MapPoint[],
	scene: string,
	zoom: Transform,
	width: number,
	height: number,
	crowding: Crowding = 'show-required',
): Map<string, PlacedLabel> {
	const rank = (label: MapLabel) => (label.required.includes(scene) ? -1 : RANK[label.kind]);
	const requests = labels
		.filter((label) => label.scenes.includes(scene))
		.sort((a, b) => rank(a) - rank(b))
		.map((label) => ({
			id: label.id,
			x: label.x * zoom.k + zoom.x,
			y: label.y * zoom.k + zoom.y,
			...sizeOf(label.text, label),
			sides: label.sides,
			required: label.required.includes(scene),
			wrapped: twoLineSize(label),
		}));
	const obstacles = markers
		.filter((marker) => marker.scenes.includes(scene))
		.map(({ x, y }): Bounds => {
			const [sx, sy] = [x * zoom.k + zoom.x, y * zoom.k + zoom.y];
			return [
				[sx - MARKER_RADIUS, sy - MARKER_RADIUS],
				[sx + MARKER_RADIUS, sy + MARKER_RADIUS],
			];
		});
	const placed = placeLabels(requests, width, height, obstacles, { crowding });
	return new Map(placed.map((label) => [label.id, label]));
}

/**
 * A label as drawn in a screen-space layer over the map: its anchor as a share of the frame
 * (so it follows the frame's size without JavaScript), its text's offset from the anchor in px
 * with the text-anchor to draw it with, and its lines (one, or two for a long name in a narrow
 * frame), each with its own offset down from the anchor.
 */
export interface LabelSpot {
	id: string;
	left: number;
	top: number;
	side: Side;
	dx: number;
	dy: number;
	anchor: (typeof SIDE_ANCHOR)[Side];
	lines: { text: string; dy: number }[];
}

/**
 * The spots of a scene's labels in a `width` × `height` frame zoomed by `zoom`: sceneLabels'
 * placement, ready to draw. Labels left out for lack of room are not in the result.
 */
export function labelSpots(
	labels: readonly MapLabel[],
	markers: readonly MapPoint[],
	scene: string,
	zoom: Transform,
	width: number,
	frameHeight: number,
	crowding: Crowding = 'show-required',
): LabelSpot[] {
	const placed = sceneLabels(labels, markers, scene, zoom, width, frameHeight, crowding);
	return labels.flatMap((label) => {
		const { side, shift, lines = 1 } = placed.get(label.id) ?? {};
		if (!side || !shift) return [];
		const wrapped = lines === 2 ? wrapLabel(label.text) : null;
		const { height } = wrapped ? twoLineSize(label)! : sizeOf(label.text, label);
		const [across, down] = sideOffset(side, height);
		const dy = Math.round(down + shift[1]);
		// Two lines sit half a line above and below the label's middle.
		const line = sizeOf(label.text, label).height;
		const texts = wrapped
			? [
					{ text: wrapped[0], dy: Math.round(dy - line / 2) },
					{ text: wrapped[1], dy: Math.round(dy + line / 2) },
				]
			: [{ text: label.text, dy }];
		return [
			{
				id: label.id,
				left: share(label.x * zoom.k + zoom.x, width),
				top: share(label.y * zoom.k + zoom.y, frameHeight),
				side,
				dx: Math.round(across + shift[0]),
				dy,
				anchor: SIDE_ANCHOR[side],
				lines: texts,
			},
		];
	});
}

/** Where a scene's markers sit in a `width` × `height` frame zoomed by `zoom`, as shares of it. */
export function markerSpots(
	markers: readonly MapPoint[],
	scene: string,
	zoom: Transform,
	width: number,
	height: number,
): { id: string; left: number; top: number }[] {
	return markers
		.filter((marker) => marker.scenes.includes(scene))
		.map(({ id, x, y }) => ({
			id,
			left: share(x * zoom.k + zoom.x, width),
			top: share(y * zoom.k + zoom.y, height),
		}));
}

/** The size of a label's text on one line, in its kind's type. */
const sizeOf = (text: string, label: MapLabel) =>
	labelSize(text, label.kind === 'country' ? 'country' : 'place');

/** The size of a label set on two lines, if it has a space to break at. */
function twoLineSize(label: MapLabel): { width: number; height: number } | undefined {
	const lines = wrapLabel(label.text);
	if (!lines) return undefined;
	const [first, second] = lines.map((line) => sizeOf(line, label));
	return { width: Math.max(first!.width, second!.width), height: first!.height * 2 };
}

/** A position as a share of a length, to 0.01 % (a tenth of a pixel at 1,000 px). */
const share = (value: number, length: number) => Math.round((value / length) * 1e4) / 1e4;
