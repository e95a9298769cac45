import { geoContains, geoDistance } from 'd3-geo';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { EARTH_RADIUS_KM } from '../../../src/lib/geo/math';
import { sampleRoute } from '../../../src/lib/geo/route';
import type { LonLat } from '../../../src/lib/geo/types';
import { mapScenes, place, region } from './story-data';

const km = (a: LonLat, b: LonLat) => geoDistance(a, b) * EARTH_RADIUS_KM;

describe('sampleRoute(waypoints, stepKm)', () => {
	const caspian: LonLat = [50.75, 39.25];
	const raqqa: LonLat = [39.01, 35.95];
	const via: LonLat = [43.5, 36];

	test.each([
		['one leg, 25 km steps', [caspian, raqqa], 25],
		['two legs, 10 km steps', [caspian, via, raqqa], 10],
		['two legs, 200 km steps', [caspian, via, raqqa], 200],
	] as [string, LonLat[], number][])(
		'%s: starts, turns and ends on the waypoints',
		(_, waypoints, step) => {
			const points = sampleRoute(waypoints, step);
			expect(points[0]).toEqual(waypoints[0]);
			for (const waypoint of waypoints.slice(1)) {
				const nearest = Math.min(...points.map((point) => km(point, waypoint)));
				expect(nearest).toBeCloseTo(0, 6);
			}
			for (let i = 1; i < points.length; i += 1) {
				expect(km(points[i - 1]!, points[i]!)).toBeLessThanOrEqual(step + 1e-6);
			}
		},
	);

	test('a leg follows the great circle: no sample is off the shortest path', () => {
		const points = sampleRoute([caspian, raqqa], 50);
		const direct = km(caspian, raqqa);
		for (const point of points) {
			expect(km(caspian, point) + km(point, raqqa)).toBeCloseTo(direct, 6);
		}
	});

	test('is empty for no waypoints', () => {
		expect(sampleRoute([])).toEqual([]);
	});
});

describe("the story's missile routes", () => {
	const countries = feature(region, region.objects.countries).features;
	const countryAt = (point: LonLat) =>
		countries.find((country) => geoContains(country, point))?.properties.name ?? 'water';
	const routes = mapScenes.find((scene) => scene.id === 'caspian-launch')!.routes!;

	test.each(routes[0]!.to.map((target) => target.id))(
		'the Caspian → %s route crosses Iran and Iraq, and no other country',
		(target) => {
			const { from, via = [] } = routes[0]!;
			const at = ({ lon, lat }: { lon: number; lat: number }): LonLat => [lon, lat];
			const points = sampleRoute([at(place(from.id)), ...via.map(at), at(place(target))], 10);
			const crossed = [...new Set(points.map(countryAt))];
			expect(crossed[0]).toBe('water');
			expect(crossed).toContain('Iran');
			expect(crossed).toContain('Iraq');
			expect(crossed.at(-1)).toBe('Syria');
			expect(crossed.filter((name) => !['water', 'Iran', 'Iraq', 'Syria'].includes(name))).toEqual(
				[],
			);
		},
	);
});
