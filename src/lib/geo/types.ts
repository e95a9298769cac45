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

/**
 * What a place is: a city, town or military base (drawn as a marker), an area (a shape, from an
 * extent or a distance around a point) or a sea (a label only). The place schema takes its
 * choices from here.
 */
export const PLACE_KINDS = ['city', 'town', 'base', 'area', 'sea'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place the map can show. */
export interface MapPlace extends Named {
	name: string;
	lat: number;
	lon: number;
	kind: PlaceKind;
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

/**
 * Where a label sits relative to its anchor: beside it (right, left, above, below, or a corner
 * such as above-right) or centred on it.
 */
export const SIDES = [
	'right',
	'left',
	'above',
	'below',
	'center',
	'above-right',
	'below-right',
	'above-left',
	'below-left',
] as const;
export type Side = (typeof SIDES)[number];

/** What a label names: a place (or area), a country or a sea; each is set in its own style. */
export const LABEL_KINDS = ['place', 'country', 'sea'] as const;

/**
 * A map label, as the server hands it to the client: its text, its anchor in projected px of the
 * server's drawing, the sides it may take (best first), the scenes it shows in and those that
 * must show it (the scenes about it).
 */
export interface MapLabel {
	id: string;
	text: string;
	kind: (typeof LABEL_KINDS)[number];
	status: Status;
	x: number;
	y: number;
	sides: readonly Side[];
	scenes: readonly string[];
	required: readonly string[];
}

/** A marker's anchor in projected px of the server's drawing, and the scenes it shows in. */
export interface MapPoint {
	id: string;
	x: number;
	y: number;
	scenes: readonly string[];
}
