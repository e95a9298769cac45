/**
 * Everything the server hands the story map's script, as one typed value: StoryMap.astro
 * writes it into the page with `encodeMapPayload` (one `data-map` attribute), and the script
 * reads it back with `decodeMapPayload`. The drawn elements carry only their identity
 * (`data-shape`, `data-marker`, `data-label`), so the two sides share this one contract.
 */
import { STATUSES } from '../status';
import { LABEL_KINDS, SIDES, type Bounds, type MapLabel, type MapPoint } from './types';

export interface MapPayload {
	/** The size the server drew at, px: frames and anchors are in this drawing's px. */
	size: [number, number];
	/** The scene the server drew: what the page shows without JavaScript and in print. */
	scene: string;
	/** Each map scene's box to frame. */
	frames: Record<string, Bounds>;
	/** Every label of every scene, with its anchor and the sides it may take. */
	labels: MapLabel[];
	/** Every marker of every scene, at its anchor. */
	markers: MapPoint[];
	/** The scenes each scene-dependent shape shows in, by its `data-shape` key. */
	shapes: Record<string, string[]>;
}

/** The payload as the text of a `data-map` attribute. */
export function encodeMapPayload(payload: MapPayload): string {
	return JSON.stringify(payload);
}

/**
 * Reads a payload back, checking its shape; throws an error naming the first field that is
 * wrong, so a page out of step with its script fails loudly rather than drawing nonsense.
 */
export function decodeMapPayload(text: string): MapPayload {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new Error('map payload: not JSON');
	}
	const root = record(data, 'payload');
	const size = list(root.size, 'size', number);
	if (size.length !== 2) throw new Error('map payload: size must be [width, height]');
	return {
		size: size as [number, number],
		scene: string(root.scene, 'scene'),
		frames: entries(root.frames, 'frames', bounds),
		labels: list(root.labels, 'labels', label),
		markers: list(root.markers, 'markers', point),
		shapes: entries(root.shapes, 'shapes', (value, at) => list(value, at, string)),
	};
}

type Read<T> = (value: unknown, at: string) => T;

const fail = (at: string, what: string): never => {
	throw new Error(`map payload: ${at} must be ${what}`);
};

const record = (value: unknown, at: string) =>
	typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: fail(at, 'an object');

const number: Read<number> = (value, at) =>
	typeof value === 'number' && Number.isFinite(value) ? value : fail(at, 'a number');

const string: Read<string> = (value, at) =>
	typeof value === 'string' ? value : fail(at, 'a string');

function list<T>(value: unknown, at: string, item: Read<T>): T[] {
	if (!Array.isArray(value)) return fail(at, 'a list');
	return value.map((entry, index) => item(entry, `${at}[${index}]`));
}

function entries<T>(value: unknown, at: string, item: Read<T>): Record<string, T> {
	const object = record(value, at);
	return Object.fromEntries(
		Object.entries(object).map(([key, entry]) => [key, item(entry, `${at}.${key}`)]),
	);
}

const bounds: Read<Bounds> = (value, at) => {
	const corners = list(value, at, (corner, where) => list(corner, where, number));
	if (corners.length !== 2 || corners.some((corner) => corner.length !== 2)) {
		return fail(at, '[[left, top], [right, bottom]]');
	}
	return corners as Bounds;
};

const point: Read<MapPoint> = (value, at) => {
	const object = record(value, at);
	return {
		id: string(object.id, `${at}.id`),
		x: number(object.x, `${at}.x`),
		y: number(object.y, `${at}.y`),
		scenes: list(object.scenes, `${at}.scenes`, string),
	};
};

const oneOf =
	<T extends string>(choices: readonly T[]): Read<T> =>
	(value, at) =>
		choices.includes(value as T) ? (value as T) : fail(at, `one of ${choices.join(', ')}`);

const label: Read<MapLabel> = (value, at) => {
	const object = record(value, at);
	return {
		...point(value, at),
		text: string(object.text, `${at}.text`),
		kind: oneOf(LABEL_KINDS)(object.kind, `${at}.kind`),
		status: oneOf(STATUSES)(object.status, `${at}.status`),
		sides: list(object.sides, `${at}.sides`, oneOf(SIDES)),
		required: list(object.required, `${at}.required`, string),
	};
};
