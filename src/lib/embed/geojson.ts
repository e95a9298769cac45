/**
 * The map's data as GeoJSON (RFC 7946): its places as points, and a scene's routes as lines.
 * Positions are [longitude, latitude] in WGS 84, as the content gives them.
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { sampleRoute } from '../geo/route';
import type { LonLat } from '../geo/types';
import type { DataLicence } from './downloads';

/** A place as the places data gives it. */
export interface PlaceRecord {
	id: string;
	name: string;
	country: string;
	lat: number;
	lon: number;
	kind: string;
	/** The exact position was not published: the point only stands for the area. */
	approximate: boolean;
	/** How what happened there is sourced: confirmed, reported, disputed or denied. */
	status: string;
	note?: string | undefined;
	extent?: { lat: [number, number]; lon: [number, number] } | undefined;
	distanceKm?: number | undefined;
}

/** One route of a scene: from a place, through waypoints, to one target. */
export interface RouteRecord {
	from: { id: string; lat: number; lon: number };
	via: { lat: number; lon: number }[];
	to: { id: string; lat: number; lon: number };
}

/** A FeatureCollection with the licence as a foreign member (RFC 7946, section 6.1). */
type Collection<G extends Point | LineString | MultiLineString> = FeatureCollection<G> & {
	licence: DataLicence;
};

/** The places as Point features, each with its id and every field of the content. */
export function placesGeoJson(
	places: readonly PlaceRecord[],
	licence: DataLicence,
): Collection<Point> {
	return {
		type: 'FeatureCollection',
		licence,
		features: places.map(({ lat, lon, ...properties }): Feature<Point> => {
			return {
				type: 'Feature',
				id: properties.id,
				geometry: { type: 'Point', coordinates: [lon, lat] },
				properties: withoutUndefined(properties),
			};
		}),
	};
}

/**
 * A scene's routes as lines: each leg a great-circle arc, as the map draws it, sampled densely
 * enough to follow the curve, and split where it crosses the antimeridian. Every feature says
 * `schematic: true`: the waypoints are ours, not a published flight path.
 */
export function routesGeoJson(
	scene: string,
	routes: readonly RouteRecord[],
	licence: DataLicence,
): Collection<LineString | MultiLineString> {
	return {
		type: 'FeatureCollection',
		licence,
		features: routes.map(({ from, via, to }) => {
			const waypoints: LonLat[] = [from, ...via, to].map(({ lon, lat }) => [lon, lat]);
			const parts = splitAtAntimeridian(sampleRoute(waypoints).map(round));
			return {
				type: 'Feature',
				id: `${scene}:${from.id}-${to.id}`,
				geometry:
					parts.length === 1
						? { type: 'LineString', coordinates: parts[0]! }
						: { type: 'MultiLineString', coordinates: parts },
				properties: {
					scene,
					from: from.id,
					to: to.id,
					via: via.map(({ lon, lat }) => [lon, lat]),
					schematic: true,
				},
			};
		}),
	};
}

/** Splits a line into parts that never jump across ±180° of longitude (RFC 7946, 3.1.9). */
export function splitAtAntimeridian(line: readonly LonLat[]): LonLat[][] {
	const parts: LonLat[][] = [];
	let part: LonLat[] = [];
	line.forEach((point, index) => {
		const previous = line[index - 1];
		if (previous && Math.abs(point[0] - previous[0]) > 180) {
			const side = previous[0] > 0 ? 180 : -180;
			// Where the leg meets the meridian, with the far point moved next to the near one.
			const far = point[0] + 2 * side;
			const t = (side - previous[0]) / (far - previous[0]);
			const lat = previous[1] + t * (point[1] - previous[1]);
			part.push([side, lat]);
			parts.push(part);
			part = [[-side, lat]];
		}
		part.push(point);
	});
	if (part.length > 0) parts.push(part);
	return parts;
}

/** About 10 m: more digits would only be noise in a schematic line. */
function round([lon, lat]: LonLat): LonLat {
	return [Math.round(lon * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(value).filter(([, entry]) => entry !== undefined),
	) as Partial<T>;
}
