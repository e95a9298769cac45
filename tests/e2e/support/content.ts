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

/** The scene ids of content/data/scenes.yaml. */
export function sceneIds(): string[] {
	return (read('scenes') as { id: string }[]).map((scene) => scene.id);
}
