/**
 * The shapes the map works with. Map data comes in as plain objects (the story's places and
 * scenes fit them as they are), so the map can be reused with other data.
 */
import type { Status } from '../status';

/** [longitude, latitude] in degrees, the order GeoJSON and d3-geo use. */
export type LonLat = [number, number];

/** A point in projected (or screen) pixels. */
export type Point = [number, number];

/** A box in pixels: [[left, top], [right, bottom]]. */
export type Bounds = [Point, Point];

/** A zoom: a point p of the projected map is drawn at p × k + [x, y]. */
export interface Transform {
	k: number;
	x: number;
	y: number;
}

/** Room to keep free on each side of a frame, in px. */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Anything that names an entry: a plain id or a content reference. */
export interface Named {
	id: string;
}

/** A place the map can show. */
export interface MapPlace extends Named {
	name: string;
	lat: number;
	lon: number;
	kind: 'city' | 'town' | 'base' | 'area' | 'sea';
	/** The exact position was not published: drawn so that it reads as approximate. */
	approximate?: boolean;
	/** How the event at the place is sourced; reported ones are drawn differently. */
	status?: Status;
	/** An area's latitude and longitude ranges; the map draws the ellipse inside them. */
	extent?: { lat: [number, number]; lon: [number, number] } | undefined;
	/** Known only as "about this far from the point": drawn as a ring at that distance. */
	distanceKm?: number | undefined;
}

/** A missile route: from a place, through waypoints, to each target. */
export interface MapRoute {
	from: Named;
	via?: { lat: number; lon: number }[];
	to: Named[];
}

/** A view of the map: what it frames and what it shows. */
export interface MapScene extends Named {
	graphic: string;
	title: string;
	description: string;
	/** Places framed (and shown). */
	focus: Named[];
	/** Places shown but not framed. */
	context?: Named[];
	/** Places whose surroundings are marked as strike areas. */
	strikes?: Named[];
	routes?: MapRoute[];
	/** Countries (by their Natural Earth name) to tint. */
	countries?: string[];
	/** A caption for the scene, shown under the map. */
	note?: string | undefined;
}
