import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
const read = (name: string) =>
	parse(readFileSync(resolve(root, 'content/data', `${name}.yaml`), 'utf8')) as unknown;

/** The article's metadata as content/data/article.yaml gives it, so tests never restate it. */
export function articleData(): {
	headline: string;
	standfirst: string;
	published: string;
	modified: string;
	author: string;
	lang: string;
	card: string;
	dataLicence: { text: string; url?: string };
} {
	return Object.values(read('article') as Record<string, never>)[0]!;
}

/** A place's name as content/data/places.yaml gives it (the map labels it so). */
export function placeName(id: string): string {
	return (read('places') as { id: string; name: string }[]).find((place) => place.id === id)!.name;
}

/** The scene ids of content/data/scenes.yaml. */
export function sceneIds(): string[] {
	return (read('scenes') as { id: string }[]).map((scene) => scene.id);
}
