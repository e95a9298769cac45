import { labelSize, placeLabels, type PlacedLabel, type Side } from './labels';
import { MARKER_RADIUS } from './math';
import type { Transform } from './types';

/** What placing a label needs to know: its text, anchor (projected px) and scenes. */
export interface LabelData {
	id: string;
	text: string;
	kind: 'place' | 'country' | 'sea';
	x: number;
	y: number;
	sides: readonly Side[];
	scenes: readonly string[];
	required: readonly string[];
	/** The text's measured width in px, where it could be measured; estimated otherwise. */
	width?: number;
}

const RANK = { place: 0, sea: 1, country: 2 } as const;

/**
 * Where each of a scene's labels goes once the map is zoomed by `zoom` into a `width` ×
 * `height` frame (see placeLabels; side null: left out for lack of room). Labels the scene is about come
 * first, then other places, seas and countries; markers are kept clear. Labels of other
 * scenes are not in the result.
 */
export function sceneLabels(
	labels: readonly LabelData[],
	markers: readonly { x: number; y: number; scenes: readonly string[] }[],
	scene: string,
	zoom: Transform,
	width: number,
	height: number,
): Map<string, PlacedLabel> {
	const rank = (label: LabelData) => (label.required.includes(scene) ? -1 : RANK[label.kind]);
	const requests = labels
		.filter((label) => label.scenes.includes(scene))
		.sort((a, b) => rank(a) - rank(b))
		.map((label) => ({
			id: label.id,
			x: label.x * zoom.k + zoom.x,
			y: label.y * zoom.k + zoom.y,
			...estimated(label),
			sides: label.sides,
			required: label.required.includes(scene),
		}));
	const obstacles = markers
		.filter((marker) => marker.scenes.includes(scene))
		.map(({ x, y }): [[number, number], [number, number]] => {
			const [sx, sy] = [x * zoom.k + zoom.x, y * zoom.k + zoom.y];
			return [
				[sx - MARKER_RADIUS, sy - MARKER_RADIUS],
				[sx + MARKER_RADIUS, sy + MARKER_RADIUS],
			];
		});
	const placed = placeLabels(requests, width, height, obstacles);
	return new Map(placed.map((label) => [label.id, label]));
}

function estimated(label: LabelData) {
	const size = labelSize(label.text, label.kind === 'country' ? 'country' : 'place');
	return label.width ? { ...size, width: label.width } : size;
}
