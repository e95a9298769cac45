import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { region } from '../../../src/data/region';
import type { MapPlace, MapScene } from '../../../src/lib/geo/types';
import { PlaceSchema } from '../../../src/story/schemas/place';
import { SceneSchema } from '../../../src/story/schemas/scene';
import { reference } from '../fixtures';

const root = new URL('../../../', import.meta.url);
const load = (file: string) => parse(readFileSync(new URL(file, root), 'utf8')) as { id: string }[];

/** The story's own places, validated as the build validates them. */
export const places: MapPlace[] = load('content/data/places.yaml').map((entry) =>
	PlaceSchema.parse(entry),
);

/** The story's scenes, of every chart kind. */
export const scenes = load('content/data/scenes.yaml').map((entry) =>
	SceneSchema(reference).parse(entry),
);

export const mapScenes: MapScene[] = scenes.filter((scene) => scene.graphic === 'map');

export const place = (id: string) => places.find((candidate) => candidate.id === id)!;

/** The ids of the places a scene frames. */
export const framedBy = (scene: string) =>
	mapScenes.find((candidate) => candidate.id === scene)!.focus.map((ref) => ref.id);

export { region };
