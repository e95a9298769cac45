import type { Bounds } from './types';

/**
 * The steps a path's points may be rounded to, in tenths of a unit (the map's px at the scene
 * it is drawn for), finest first. Only steps that divide ten keep every number at one decimal
 * or none, which is where the bytes go: `12.5` or `12` instead of `12.3`.
 */
const STEPS = [1, 2, 5, 10] as const;
export type GridStep = (typeof STEPS)[number];

/**
 * The boxes a map may be shown in have sides at most this many times as long as each other (a
 * phone's sticky graphic is about 1:1.9): what a scene can show around its frame depends on it.
 */
export const GRID_MAX_ASPECT = 2;

/**
 * The most a point may move by rounding, as a share of the box's longer side, in any scene
 * that shows it: under 1 px in a box 1,500 px across. The closest scenes, whose points keep
 * their tenths, already come near it, and Natural Earth's 1:50m lines are themselves
 * simplified far more coarsely.
 */
export const GRID_TOLERANCE = 1 / 1600;

/**
 * frameScene's padding never takes more than this share of a box's side from each edge (8% of
 * the smaller side, or 16 px, which is 10% of a side 160 px long).
 */
const MAX_PADDING_SHARE = 0.1;

interface SceneView {
	/** The most of a box's longer side one unit can span when this scene is framed. */
	density: number;
	/** Everything any allowed box can show around the frame: [x0, y0, x1, y1]. */
	view: [number, number, number, number];
}

/**
 * How finely each point of the map's paths has to be written: the coarsest step at which no
 * point moves more than GRID_TOLERANCE in any scene whose view can include it. Where the
 * story zooms in closely (a city's surroundings) points keep tenths; land only ever seen in
 * the overview is written in halves or whole units. Rounding is to absolute positions, so
 * paths that share a point (the land, its coast, a country's tint and a border) still meet
 * exactly.
 */
export function pathGrid(
	frames: Readonly<Record<string, Bounds>>,
): (x: number, y: number) => GridStep {
	const views = Object.values(frames).map(sceneView);
	return (x, y) => {
		let density = 0;
		for (const { view, density: d } of views) {
			if (d > density && x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3]) density = d;
		}
		if (density === 0) return STEPS.at(-1)!;
		// A point rounded to a step of s tenths moves at most s / 20 units along each axis.
		const largest = (20 * GRID_TOLERANCE) / (Math.SQRT2 * density);
		return STEPS.findLast((step) => step <= largest) ?? STEPS[0];
	};
}

/**
 * A scene framed in a box W × H px (frameScene) has a zoom k of min(innerW / fw, innerH / fh)
 * px per unit, at most max(W, H) / max(fw, fh), and shows its frame's centre ± W / 2k across:
 * at most half of max(fw, aspect · fh) over the share of W the padding leaves (and so down).
 */
function sceneView([[x0, y0], [x1, y1]]: Bounds): SceneView {
	const [fw, fh] = [Math.max(x1 - x0, 1), Math.max(y1 - y0, 1)];
	const spread = 0.5 / (1 - 2 * MAX_PADDING_SHARE);
	const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
	const [rx, ry] = [
		spread * Math.max(fw, GRID_MAX_ASPECT * fh),
		spread * Math.max(fh, GRID_MAX_ASPECT * fw),
	];
	return { density: 1 / Math.max(fw, fh), view: [cx - rx, cy - ry, cx + rx, cy + ry] };
}
