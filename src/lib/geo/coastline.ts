import type { MultiLineString, Position } from 'geojson';
import { mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The coastlines of a topology clipped to its bbox: the outer edges of `object`, without the
 * stretches that only follow the clip rectangle (a cut through Russia is not a coast).
 */
export function coastline(topology: Topology, object: GeometryCollection): MultiLineString {
	const [x0, y0, x1, y1] = topology.bbox ?? [];
	const on = (value: number, edge: number | undefined) => Math.abs(value - edge!) < 1e-6;
	const alongEdge = (a: Position, b: Position) =>
		[x0, x1].some((x) => on(a[0]!, x) && on(b[0]!, x)) ||
		[y0, y1].some((y) => on(a[1]!, y) && on(b[1]!, y));

	const lines: Position[][] = [];
	for (const line of mesh(topology, object, (a, b) => a === b).coordinates) {
		let current: Position[] = [];
		for (const [index, point] of line.entries()) {
			if (index > 0 && alongEdge(line[index - 1]!, point)) {
				if (current.length > 1) lines.push(current);
				current = [];
			}
			current.push(point);
		}
		if (current.length > 1) lines.push(current);
	}
	return { type: 'MultiLineString', coordinates: lines };
}
