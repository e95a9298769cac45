import type { Polygon } from 'geojson';
import type { LonLat } from './types';

/**
 * The map's edge: the rectangle [west, south, east, north] as a polygon whose top and bottom
 * follow their parallels (d3-geo would otherwise draw them as great circles, bowing away from
 * the land clipped to the same rectangle). Clockwise, so it is the inside that fills.
 */
export function regionOutline([west, south, east, north]: readonly number[]): Polygon {
	const ring: LonLat[] = [];
	const span = east! - west!;
	const steps = Math.ceil(span);
	for (let i = 0; i <= steps; i += 1) ring.push([west! + (span * i) / steps, north!]);
	for (let i = steps; i >= 0; i -= 1) ring.push([west! + (span * i) / steps, south!]);
	ring.push(ring[0]!);
	return { type: 'Polygon', coordinates: [ring] };
}
