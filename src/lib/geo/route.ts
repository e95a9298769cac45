import { geoDistance, geoInterpolate } from 'd3-geo';
import { EARTH_RADIUS_KM, ROUTE_STEP_KM } from './math';
import type { LonLat } from './types';

/**
 * A route through `waypoints` as great-circle legs, sampled at least every `stepKm`, first and
 * last waypoints included. Projected and joined with straight lines it draws the arcs; the
 * samples also let tests ask which countries a route crosses.
 */
export function sampleRoute(waypoints: readonly LonLat[], stepKm = ROUTE_STEP_KM): LonLat[] {
	const [first, ...rest] = waypoints;
	if (!first) return [];
	const points: LonLat[] = [first];
	let from = first;
	for (const to of rest) {
		const steps = Math.max(1, Math.ceil((geoDistance(from, to) * EARTH_RADIUS_KM) / stepKm));
		const at = geoInterpolate(from, to);
		for (let i = 1; i <= steps; i += 1) points.push(at(i / steps));
		from = to;
	}
	return points;
}
