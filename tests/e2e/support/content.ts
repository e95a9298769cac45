import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');
/** The content the build under test was made from: ours, or another story's (CONTENT_DIR). */
export const CONTENT = resolve(root, process.env.CONTENT_DIR ?? 'content');
/** One data file of the content (`events`, `places` …), parsed as the build parses it. */
export const readData = <T = unknown>(name: string) =>
	parse(readFileSync(resolve(CONTENT, 'data', `${name}.yaml`), 'utf8')) as T;
const read = readData;

/** The article's metadata as the content's article.yaml gives it, so tests never restate it. */
export function articleData(): {
	headline: string;
	standfirst: string;
	published: string;
	modified: string;
	author: string;
	lang: string;
	card: string;
	dataLicence: { text: string; url?: string };
	page: {
		kicker: string;
		known: { title: string; intro: string };
		sources: { title: string; intro: string; dataLead: string };
		updatesTitle: string;
		footer: string;
	};
	updates?: { date: string; kind: string; change: string; reason: string }[];
} {
	return Object.values(read('article') as Record<string, never>)[0]!;
}

/** A place's name as the content's places.yaml gives it (the map labels it so). */
export function placeName(id: string): string {
	return (read('places') as { id: string; name: string }[]).find((place) => place.id === id)!.name;
}

/** The scene ids of the content's scenes.yaml. */
export function sceneIds(): string[] {
	return (read('scenes') as { id: string }[]).map((scene) => scene.id);
}

/** The story's sections from the content's story/*.mdx frontmatter, in reading order. */
export function sections(): { title: string; order: number; steps: { id: string }[] }[] {
	const folder = resolve(CONTENT, 'story');
	return readdirSync(folder)
		.filter((file) => file.endsWith('.mdx'))
		.map((file) => {
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(resolve(folder, file), 'utf8'));
			return parse(frontmatter![1]!) as { title: string; order: number; steps: { id: string }[] };
		})
		.sort((a, b) => a.order - b.order);
}

/** Every second-level heading the story page shows, in reading order, as the content gives them. */
export function pageHeadings(): string[] {
	const { page, updates = [] } = articleData();
	return [
		...sections().map((section) => section.title),
		page.known.title,
		page.sources.title,
		...(updates.length > 0 ? [page.updatesTitle] : []),
	];
}

/** The places a scene of the content's scenes.yaml frames (`focus`), which its map must label. */
export function sceneFocus(id: string): string[] {
	return (
		(read('scenes') as { id: string; focus?: string[] }[]).find((scene) => scene.id === id)
			?.focus ?? []
	);
}
