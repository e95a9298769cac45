import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { areaShape } from './area-shape';
import { COUNTRY_LABEL_SHARE, round } from './math';
import { regionProjection, type ProjectionSettings } from './projection';
import type { Bounds, MapLabel, MapPlace, Side, Transform } from './types';

/** A point's sides, best first: beside it, then above or below, then at a corner. */
const POINT_SIDES: Side[] = [
	'right',
	'left',
	'above',
	'below',
	'above-right',
	'below-right',
	'above-left',
	'below-left',
];

/**
 * A place's label: beside a point (any side), in the middle of an area or a sea, on top of
 * a ring (above or below it, so it never sits inside the ring the reader must see).
 */
export function placeLabel(
	place: MapPlace,
	projection: GeoProjection,
	scenes: string[],
	required: string[],
): MapLabel {
	const ring = place.distanceKm ? areaShape(place) : null;
	const [x, y] = ring
		? [geoPath(projection).centroid(ring)[0], geoPath(projection).bounds(ring)[0][1]]
		: projection([place.lon, place.lat])!;
	const sides: Side[] = ring
		? ['above', 'below']
		: place.kind === 'area' || place.kind === 'sea'
			? ['center']
			: POINT_SIDES;
	return {
		id: place.id,
		text: place.name,
		kind: place.kind === 'sea' ? 'sea' : 'place',
		status: place.status ?? 'confirmed',
		x: round(x),
		y: round(y),
		sides,
		scenes,
		required,
	};
}

/**
 * Country names: for each scene, one label per country that fills a fair share of the
 * scene's frame, at the middle of the part inside the frame, so a zoomed scene still names
 * the countries it shows. Labels that land on the same spot in several scenes are merged.
 */
export function countryLabels(
	countries: Feature<Geometry, { name: string }>[],
	frames: Record<string, Bounds>,
	projection: ProjectionSettings,
	zoom: Transform,
): MapLabel[] {
	type Merged = MapLabel & { scenes: string[] };
	const labels = new Map<string, Merged>();
	for (const [scene, frame] of Object.entries(frames)) {
		const [[x0, y0], [x1, y1]] = frame;
		const clipped = geoPath(regionProjection(projection, zoom).clipExtent(frame));
		for (const country of countries) {
			if (clipped.area(country) < COUNTRY_LABEL_SHARE * (x1 - x0) * (y1 - y0)) continue;
			// Snapped to a 4 px grid, so that scenes with nearly the same middle share a label.
			const [x = 0, y = 0] = clipped.centroid(country).map((v) => Math.round(v / 4) * 4);
			const key = `${country.properties.name} ${x} ${y}`;
			const label: Merged = labels.get(key) ?? {
				id: `country-${labels.size}`,
				text: country.properties.name,
				kind: 'country',
				status: 'confirmed',
				x,
				y,
				sides: ['center'],
				scenes: [],
				required: [],
			};
			label.scenes.push(scene);
			labels.set(key, label);
		}
	}
	return [...labels.values()];
}
