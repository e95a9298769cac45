import { geoArea, geoContains, geoDistance } from 'd3-geo';
import type { Position } from 'geojson';
import { describe, expect, test } from 'vitest';
import { areaShape } from '../../../src/lib/geo/area-shape';
import { coastline } from '../../../src/lib/geo/coastline';
import { EARTH_RADIUS_KM } from '../../../src/lib/geo/math';
import { regionOutline } from '../../../src/lib/geo/region-outline';
import type { LonLat } from '../../../src/lib/geo/types';
import { place, region } from './story-data';

/** d3-geo reads a ring the wrong way round as the whole globe but that ring. */
const HEMISPHERE = 2 * Math.PI;

describe('areaShape(place, radiusKm)', () => {
	test('an extent gives the ellipse inside it, touching each side once', () => {
		const launch = place('south-caspian');
		const ring = areaShape(launch)!.coordinates[0]!;
		const [lons, lats] = [ring.map((p) => p[0]!), ring.map((p) => p[1]!)];
		expect(Math.min(...lons)).toBeCloseTo(launch.extent!.lon[0]);
		expect(Math.max(...lons)).toBeCloseTo(launch.extent!.lon[1]);
		expect(Math.min(...lats)).toBeCloseTo(launch.extent!.lat[0]);
		expect(Math.max(...lats)).toBeCloseTo(launch.extent!.lat[1]);
		expect(geoArea(areaShape(launch)!)).toBeLessThan(HEMISPHERE);
		expect(geoContains(areaShape(launch)!, [launch.lon, launch.lat])).toBe(true);
	});

	test.each([
		['the reported crash site, 35 km from Takab', 'takab-crash', undefined, 35],
		['a 14 km strike area around Talbiseh', 'talbiseh', 14, 14],
	])('%s is a ring at that distance', (_, id, radius, km) => {
		const p = place(id);
		const shape = areaShape(p, radius)!;
		for (const point of shape.coordinates[0]!) {
			expect(geoDistance(point as LonLat, [p.lon, p.lat]) * EARTH_RADIUS_KM).toBeCloseTo(km, 1);
		}
		expect(geoArea(shape)).toBeLessThan(HEMISPHERE);
	});

	test('a plain point has no shape', () => {
		expect(areaShape(place('homs'))).toBeNull();
	});
});

describe('regionOutline(bbox)', () => {
	const outline = regionOutline(region.bbox!);

	test('is the inside of the rectangle: Brussels, Takab, the Caspian and Moscow in, 61°N out', () => {
		expect(geoArea(outline)).toBeLessThan(HEMISPHERE);
		for (const inside of [
			[4.35, 50.85],
			[47.11, 36.4],
			[50.75, 39.25],
		] as LonLat[]) {
			expect(geoContains(outline, inside)).toBe(true);
		}
		expect(geoContains(outline, [37.6, 55.75])).toBe(true);
		expect(geoContains(outline, [37.6, 61])).toBe(false);
	});

	test('its top and bottom follow their parallels, a point at least every degree', () => {
		const [west, south, east, north] = region.bbox!;
		const ring = outline.coordinates[0]!;
		for (const latitude of [south!, north!]) {
			const edge = ring.filter((p) => p[1] === latitude).map((p) => p[0]!);
			expect(Math.min(...edge)).toBe(west);
			expect(Math.max(...edge)).toBe(east);
			expect(edge.length).toBeGreaterThanOrEqual(east! - west!);
		}
	});
});

describe('coastline(topology, object)', () => {
	const lines = coastline(region, region.objects.countries).coordinates;
	const [west, south, east, north] = region.bbox!;
	const on = (a: number, b: number) => Math.abs(a - b) < 1e-6;
	const alongEdge = (a: Position, b: Position) =>
		[west!, east!].some((x) => on(a[0]!, x) && on(b[0]!, x)) ||
		[south!, north!].some((y) => on(a[1]!, y) && on(b[1]!, y));

	test('never runs along the clip rectangle', () => {
		for (const line of lines) {
			for (let i = 1; i < line.length; i += 1)
				expect(alongEdge(line[i - 1]!, line[i]!)).toBe(false);
		}
	});

	test('has the coasts the story needs: the Caspian and Syria’s', () => {
		const near = ([lon, lat]: LonLat, km: number) =>
			lines.some((line) =>
				line.some((point) => geoDistance(point as LonLat, [lon, lat]) * EARTH_RADIUS_KM < km),
			);
		expect(near([49.87, 40.4], 30)).toBe(true); // Baku
		expect(near([35.78, 35.52], 15)).toBe(true); // Latakia
	});
});
