import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { Status } from '../status';
import { areaShape } from './area-shape';
import { coastline } from './coastline';
import { frameScene } from './frame';
import { countryLabels, placeLabel } from './map-labels';
import { FOCUS_MARGIN_KM, round, STRIKE_RADIUS_KM } from './math';
import { regionOutline } from './region-outline';
import { regionProjection, type ProjectionSettings } from './projection';
import { pathGrid } from './path-grid';
import { RelativePath } from './relative-path';
import { sampleRoute } from './route';
import { sceneContents, type SceneContents } from './scene-contents';
import type { Bounds, LonLat, MapLabel, MapPlace, MapScene, Transform } from './types';

/** The region's countries, each with its Natural Earth name. */
export type RegionTopology = Topology<{
	countries: {
		type: 'GeometryCollection';
		geometries: (Polygon<{ name: string }> | MultiPolygon<{ name: string }>)[];
	};
}> & {
	/** How the region is projected, from the story's map settings (tools/geo.mjs). */
	projection: ProjectionSettings;
};

/** Anything drawn that belongs to some scenes only. */
interface InScenes {
	id: string;
	scenes: string[];
}
export interface MapShape extends InScenes {
	d: string;
	approximate: boolean;
	status: Status;
}
export interface MapMarker extends InScenes {
	x: number;
	y: number;
	symbol: 'dot' | 'base' | 'target' | 'strike';
	approximate: boolean;
	status: Status;
}

/** Everything the map draws, projected for one scene and one size. */
export interface MapModel {
	width: number;
	height: number;
	/** The scene drawn (the geometry is projected so that it needs no transform). */
	scene: string;
	/** Each scene's box to frame, in the same px as the geometry. */
	frames: Record<string, Bounds>;
	outline: string;
	land: string;
	borders: string;
	coast: string;
	tints: (InScenes & { d: string })[];
	strikes: (InScenes & { d: string })[];
	areas: MapShape[];
	routes: (InScenes & { d: string })[];
	markers: MapMarker[];
	labels: MapLabel[];
}

export interface MapInput {
	topology: RegionTopology;
	places: readonly MapPlace[];
	/** All scenes; those whose graphic is not the map are ignored. */
	scenes: readonly MapScene[];
	/** The scene to draw; the first map scene if not given. */
	scene?: string | undefined;
	width: number;
	height: number;
}

/**
 * Projects the whole map for one scene at one size: paths as SVG strings, markers and label
 * anchors as points, and every scene's frame, so a client can zoom from scene to scene without
 * the topology or d3-geo. Throws when a scene names a place or country the data lacks.
 */
export function mapModel({ topology, places, scenes, scene, width, height }: MapInput): MapModel {
	const mapScenes = scenes.filter((candidate) => candidate.graphic === 'map');
	const contents = new Map(mapScenes.map((s) => [s.id, sceneContents(s)]));
	const place = placeLookup(places);
	const drawn = scene ?? mapScenes[0]?.id;
	if (!drawn || !contents.has(drawn)) throw new Error(`StoryMap: no map scene "${scene}"`);

	const focus = (id: string) => focusShapes(contents.get(id)!, place);
	const base = geoPath(regionProjection(topology.projection));
	const zoom: Transform = frameScene(base.bounds(focus(drawn)), width, height);
	const projection = regionProjection(topology.projection, zoom);
	const path = geoPath(projection);
	const frames = Object.fromEntries(
		mapScenes.map((s) => {
			const [[x0, y0], [x1, y1]] = path.bounds(focus(s.id));
			return [
				s.id,
				[
					[round(x0), round(y0)],
					[round(x1), round(y1)],
				],
			];
		}),
	) as MapModel['frames'];

	const countries = feature(topology, topology.objects.countries).features;
	const inScenes = (test: (c: SceneContents) => boolean) =>
		[...contents].filter(([, c]) => test(c)).map(([id]) => id);
	const pathData = (context: RelativePath) => {
		const draw = geoPath(projection, context);
		return (object: GeoPermissibleObjects) => {
			draw(object);
			return context.flush();
		};
	};
	// The base map (land, borders, tints) is written no finer than the closest scene that can
	// show each point needs, which saves about 3 kB of gzip on the story page for nothing a
	// reader can see. The scene's own shapes keep their tenths: a dashed outline's dashes would
	// shift along it.
	const d = pathData(new RelativePath());
	const baseD = pathData(new RelativePath(pathGrid(frames)));

	const shown = [...new Set(mapScenes.flatMap((s) => contents.get(s.id)!.shown))].map(place);
	const targets = new Set(mapScenes.flatMap((s) => contents.get(s.id)!.routes.map((r) => r.to)));
	// Struck places keep a mark of their own, for views too wide to see the strike areas.
	const struck = new Set(mapScenes.flatMap((s) => contents.get(s.id)!.strikes));
	const routes = new Map(
		mapScenes.flatMap((s) => contents.get(s.id)!.routes.map((r) => [r.id, r])),
	);

	return {
		width,
		height,
		scene: drawn,
		frames,
		outline: baseD(regionOutline(topology.bbox ?? [])),
		land: baseD(merge(topology, topology.objects.countries.geometries)),
		borders: baseD(mesh(topology, topology.objects.countries, (a, b) => a !== b)),
		coast: baseD(coastline(topology, topology.objects.countries)),
		tints: [...new Set(mapScenes.flatMap((s) => s.countries ?? []))].map((name) => {
			const country = countries.find((c) => c.properties.name === name);
			if (!country) throw new Error(`StoryMap: no country named "${name}" in the map data`);
			return { id: name, d: baseD(country), scenes: inScenes((c) => c.countries.includes(name)) };
		}),
		strikes: [...struck].map((id) => ({
			id,
			d: d(areaShape(place(id), STRIKE_RADIUS_KM)!),
			scenes: inScenes((c) => c.strikes.includes(id)),
		})),
		areas: shown.flatMap((p) => {
			const shape = areaShape(p);
			if (!shape) return [];
			const { approximate = false, status = 'confirmed' } = p;
			return [{ id: p.id, d: d(shape), approximate, status, scenes: inScenes(shows(p.id)) }];
		}),
		routes: [...routes.values()].map((route) => ({
			id: route.id,
			d: d({ type: 'LineString', coordinates: sampleRoute(waypoints(route, place)) }),
			scenes: inScenes((c) => c.routes.some((r) => r.id === route.id)),
		})),
		markers: shown
			.filter((p) => p.kind !== 'area' && p.kind !== 'sea')
			.map((p) => {
				const [x, y] = projection([p.lon, p.lat])!.map(round) as [number, number];
				const symbol = targets.has(p.id)
					? 'target'
					: struck.has(p.id)
						? 'strike'
						: p.kind === 'base'
							? 'base'
							: 'dot';
				const { approximate = false, status = 'confirmed' } = p;
				return { id: p.id, x, y, symbol, approximate, status, scenes: inScenes(shows(p.id)) };
			}),
		labels: [
			...shown.map((p) =>
				placeLabel(
					p,
					projection,
					inScenes(shows(p.id)),
					inScenes((c) => c.framed.includes(p.id)),
				),
			),
			...countryLabels(countries, frames, topology.projection, zoom),
		],
	};
}

const shows = (id: string) => (c: SceneContents) => c.shown.includes(id);

function placeLookup(places: readonly MapPlace[]) {
	const byId = new Map(places.map((p) => [p.id, p]));
	return (id: string): MapPlace => {
		const found = byId.get(id);
		if (!found) throw new Error(`StoryMap: a scene names place "${id}", which is not given`);
		return found;
	};
}

/** What a scene's frame must contain: each framed place's shape, or a margin around it. */
function focusShapes(contents: SceneContents, place: (id: string) => MapPlace) {
	const geometries = contents.framed.map((id) => {
		const p = place(id);
		return areaShape(p) ?? areaShape(p, FOCUS_MARGIN_KM)!;
	});
	return { type: 'GeometryCollection', geometries } as const;
}

function waypoints(
	route: { from: string; via: { lat: number; lon: number }[]; to: string },
	place: (id: string) => MapPlace,
): LonLat[] {
	const at = ({ lon, lat }: { lon: number; lat: number }): LonLat => [lon, lat];
	return [at(place(route.from)), ...route.via.map(at), at(place(route.to))];
}
