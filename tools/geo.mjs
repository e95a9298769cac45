#!/usr/bin/env node
/**
 * `npm run geo`: cuts the story's region out of Natural Earth's 1:50m countries (the world-atlas
 * package), simplifies and quantizes it, and writes it beside the story's map settings. The
 * settings are content, `<content>/map/region.yaml`:
 *
 *   region: [west, south, east, north]  # degrees: the clip rectangle
 *   detail: [west, south, east, north]  # where the story zooms in: kept at full 1:50m detail
 *   projection: { rotate: [λ, 0], parallels: [φ1, φ2] }  # conic conformal; optional
 *
 * The output, `<content>/map/region.topo.json`, is committed with the story and carries the
 * projection, so the build draws every map of the story the same way. Run this again only when
 * the settings change. Same input, same bytes: nothing here depends on time, locale or
 * randomness.
 *
 *   node tools/geo.mjs [--content content] [--out <content>/map/region.topo.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import {
	filter,
	filterAttachedWeight,
	planarRingArea,
	planarTriangleArea,
	presimplify,
	simplify,
} from 'topojson-simplify';
import { parse } from 'yaml';
import { regionSettings } from './lib/region-settings.mjs';

const { values } = parseArgs({
	options: {
		content: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' },
		out: { type: 'string' },
	},
});
const settingsFile = join(values.content, 'map/region.yaml');
const out = values.out ?? join(values.content, 'map/region.topo.json');

let settings;
try {
	settings = regionSettings(parse(readFileSync(settingsFile, 'utf8')));
} catch (error) {
	console.error(`${settingsFile}: ${error.message}`);
	process.exit(1);
}
/** The clip rectangle, [west, south, east, north] in degrees. */
const REGION = settings.region;
/**
 * Where the story zooms in: kept at full 1:50m detail. Elsewhere the map is only ever seen at
 * the scale of the whole region, so it is simplified harder.
 */
const DETAIL = settings.detail;
/** Outside DETAIL, point weights are scaled by this, so far more points go. */
const FAR_WEIGHT = 0.02;
/** Visvalingam area, in square degrees, below which a point is dropped. */
const MIN_WEIGHT = 0.0003;
/** Islands smaller than this (square degrees; six times smaller in DETAIL) are dropped. */
const MIN_ISLAND = 0.3;
const DETAIL_ISLAND_FACTOR = 6;
const QUANTIZATION = 1e4;

const require = createRequire(import.meta.url);
const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

const inside = ([x, y], [x0, y0, x1, y1]) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const weightAt = (point) => (inside(point, DETAIL) ? 1 : FAR_WEIGHT);
// The clip edge along a parallel is densified below; simplifying it away would let d3-geo
// draw it as a great circle, bowing out of the map's outline.
const onEdge = ([, y]) => Math.abs(y - REGION[1]) < 1e-6 || Math.abs(y - REGION[3]) < 1e-6;
const islandWeight = (ring) => {
	const middle = [0, 1].map(
		(axis) => ring.reduce((sum, point) => sum + point[axis], 0) / ring.length,
	);
	return planarRingArea(ring) * (inside(middle, DETAIL) ? DETAIL_ISLAND_FACTOR : 1);
};

const countries = feature(world, world.objects.countries)
	.features.map((country) => ({
		type: 'Feature',
		id: country.id,
		properties: { name: country.properties.name },
		geometry: clipGeometry(country.geometry, REGION),
	}))
	.filter((country) => country.geometry !== null)
	.sort((a, b) => (a.properties.name < b.properties.name ? -1 : 1));

// presimplify leaves the arcs in degrees, so simplify's output can be quantized afresh.
let topo = topology({ countries: { type: 'FeatureCollection', features: countries } }, 1e6);
topo = presimplify(topo, (triangle) =>
	onEdge(triangle[1]) ? Infinity : planarTriangleArea(triangle) * weightAt(triangle[1]),
);
// Rings that share a border (Kosovo, Luxembourg) stay whatever their size.
topo = filter(topo, filterAttachedWeight(topo, MIN_ISLAND, islandWeight));
topo = simplify(topo, MIN_WEIGHT);
// The bbox is the clip rectangle, so the map can tell a cut through a country from a coast.
topo = quantize({ ...topo, bbox: REGION }, QUANTIZATION);
// A foreign member, which TopoJSON readers ignore: how the build projects this region.
topo = { ...topo, projection: settings.projection };

writeFileSync(out, `${JSON.stringify(topo)}\n`);
const points = topo.arcs.reduce((sum, arc) => sum + arc.length, 0);
console.log(
	`${out}: ${countries.length} countries, ${topo.arcs.length} arcs, ${points} points, ` +
		`${readFileSync(out).length} bytes`,
);

/** Clips a (Multi)Polygon in longitude–latitude to a rectangle; null when nothing is left. */
function clipGeometry(geometry, box) {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const clipped = [];
	for (const [exterior, ...holes] of polygons) {
		const outer = clipRing(exterior, box);
		if (outer.length < 4) continue;
		const inner = holes.map((hole) => clipRing(hole, box)).filter((hole) => hole.length >= 4);
		clipped.push([outer, ...inner]);
	}
	return clipped.length > 0 ? { type: 'MultiPolygon', coordinates: clipped } : null;
}

/**
 * Sutherland–Hodgman against each side of the box. A concave ring that leaves and re-enters
 * gains a zero-width seam along the edge: harmless for fills, and the map draws its coastline
 * from arcs off the edge only.
 */
function clipRing(ring, [x0, y0, x1, y1]) {
	const sides = [
		[0, x0, 1],
		[0, x1, -1],
		[1, y0, 1],
		[1, y1, -1],
	];
	let points = ring.slice(0, -1);
	for (const [axis, limit, sign] of sides) {
		const keep = (point) => sign * (point[axis] - limit) >= 0;
		const output = [];
		for (const [index, current] of points.entries()) {
			const previous = points.at(index - 1);
			if (keep(current)) {
				if (!keep(previous)) output.push(cross(previous, current, axis, limit));
				output.push(current);
			} else if (keep(previous)) {
				output.push(cross(previous, current, axis, limit));
			}
		}
		points = output;
		if (points.length === 0) return [];
	}
	return densify([...points, points[0]], [y0, y1]);
}

/** Adds a point every degree along runs of the ring that follow a parallel in `latitudes`. */
function densify(ring, latitudes) {
	const output = [ring[0]];
	for (let i = 1; i < ring.length; i += 1) {
		const [a, b] = [ring[i - 1], ring[i]];
		if (a[1] === b[1] && latitudes.includes(a[1])) {
			const steps = Math.ceil(Math.abs(b[0] - a[0]));
			for (let j = 1; j < steps; j += 1) output.push([a[0] + ((b[0] - a[0]) * j) / steps, a[1]]);
		}
		output.push(b);
	}
	return output;
}

/**
 * Where segment ab meets the line `axis = limit`. Neighbouring countries walk their shared
 * border in opposite directions; ordering the ends first gives both the very same point, so
 * the border stays one shared arc in the topology.
 */
function cross(a, b, axis, limit) {
	const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]) ? [a, b] : [b, a];
	const t = (limit - p[axis]) / (q[axis] - p[axis]);
	const point = [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
	point[axis] = limit;
	return point;
}
