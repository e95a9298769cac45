import {
	labelSize,
	placeLabels,
	SIDE_ANCHOR,
	sideOffset,
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
			...labelSize(label.text, label.kind === 'country' ? 'country' : 'place'),
			sides: label.sides,
			required: label.required.includes(scene),
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
 * (so it follows the frame's size without JavaScript), and its text's offset from the anchor in
 * px with the text-anchor to draw it with.
 */
export interface LabelSpot {
	id: string;
	left: number;
	top: number;
	side: Side;
	dx: number;
	dy: number;
	anchor: (typeof SIDE_ANCHOR)[Side];
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
	height: number,
	crowding: Crowding = 'show-required',
): LabelSpot[] {
	const placed = sceneLabels(labels, markers, scene, zoom, width, height, crowding);
	return labels.flatMap((label) => {
		const { side, shift } = placed.get(label.id) ?? {};
		if (!side || !shift) return [];
		const { height: line } = labelSize(label.text, label.kind === 'country' ? 'country' : 'place');
		const [dx, dy] = sideOffset(side, line);
		return [
			{
				id: label.id,
				left: share(label.x * zoom.k + zoom.x, width),
				top: share(label.y * zoom.k + zoom.y, height),
				side,
				dx: Math.round(dx + shift[0]),
				dy: Math.round(dy + shift[1]),
				anchor: SIDE_ANCHOR[side],
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

/** A position as a share of a length, to 0.01 % (a tenth of a pixel at 1,000 px). */
const share = (value: number, length: number) => Math.round((value / length) * 1e4) / 1e4;
