import { geoCircle } from 'd3-geo';
import type { Polygon } from 'geojson';
import { DEGREES, ELLIPSE_POINTS, EARTH_RADIUS_KM } from './math';
import type { LonLat, MapPlace } from './types';

type Shaped = Pick<MapPlace, 'lat' | 'lon' | 'extent' | 'distanceKm'>;

/**
 * The outline the map draws for a place that is more than a point: the ellipse inside an
 * area's extent (an approximate area should not look like a surveyed rectangle), or a circle
 * at `distanceKm` around the point (or at `radiusKm` when given, for strike areas). Null for a
 * plain point. Rings run clockwise, as d3-geo expects of a polygon smaller than a hemisphere.
 */
export function areaShape(place: Shaped, radiusKm = place.distanceKm): Polygon | null {
	if (place.extent) {
		const [south, north] = place.extent.lat;
		const [west, east] = place.extent.lon;
		const [cx, cy, rx, ry] = [
			(west + east) / 2,
			(south + north) / 2,
			(east - west) / 2,
			(north - south) / 2,
		];
		const ring: LonLat[] = [];
		for (let i = 0; i < ELLIPSE_POINTS; i += 1) {
			// Starting west and turning north first walks the ring clockwise.
			const angle = Math.PI - (2 * Math.PI * i) / ELLIPSE_POINTS;
			ring.push([cx + rx * Math.cos(angle), cy + ry * Math.sin(angle)]);
		}
		ring.push(ring[0]!);
		return { type: 'Polygon', coordinates: [ring] };
	}
	if (radiusKm) {
		const circle = geoCircle()
			.center([place.lon, place.lat])
			.radius((radiusKm / EARTH_RADIUS_KM) * DEGREES)
			.precision(2);
		return circle();
	}
	return null;
}
