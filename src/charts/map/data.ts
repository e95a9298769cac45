/** The map's data: its places, and each scene's schematic routes, as GeoJSON. */
import { MEDIA_TYPES, type DataFile } from '../../lib/embed/downloads';
import { placesGeoJson, routesGeoJson, type PlaceRecord } from '../../lib/embed/geojson';
import { scenesOf, type StoryModel } from '../../story/load';
import { mapChart } from './chart';

/** data/map-places.geojson, behind every map; data/map-routes-<scene>.geojson per scene with routes. */
export function chartData(story: StoryModel): DataFile[] {
	const licence = story.article.dataLicence;
	const places = [...story.places.values()].map((place): PlaceRecord => ({
		id: place.id,
		name: place.name,
		country: place.country,
		lat: place.lat,
		lon: place.lon,
		kind: place.kind,
		approximate: place.approximate,
		status: place.status,
		note: place.note,
		extent: place.extent,
		distanceKm: place.distanceKm,
	}));
	const at = (id: string) => {
		const { lat, lon } = story.places.get(id)!;
		return { id, lat, lon };
	};
	const routes = scenesOf(story, mapChart.kind)
		.filter((scene) => scene.routes.length > 0)
		.map((scene): DataFile => ({
			name: `map-routes-${scene.id}.geojson`,
			label: 'Routes, schematic (GeoJSON)',
			type: MEDIA_TYPES.geojson,
			scenes: [scene.id],
			body: json(
				routesGeoJson(
					scene.id,
					scene.routes.flatMap((route) =>
						route.to.map((target) => ({
							from: at(route.from.id),
							via: route.via,
							to: at(target.id),
						})),
					),
					licence,
				),
			),
		}));
	return [
		{
			name: 'map-places.geojson',
			label: 'Places (GeoJSON)',
			type: MEDIA_TYPES.geojson,
			body: json(placesGeoJson(places, licence)),
		},
		...routes,
	];
}

function json(value: unknown): string {
	return `${JSON.stringify(value)}\n`;
}
