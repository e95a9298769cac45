/**
 * The README's recipes, done to a copy of the content the way a newcomer would: add a section
 * (the README's own MDX, as printed), a source, an event, and a place with a map scene that
 * shows it. Every id the additions point at is taken from the content, so the recipes keep
 * working as the story changes; what the README prints is used as it is, so a recipe that no
 * longer works as written fails here.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';

const root = resolve(import.meta.dirname, '../../..');

/** What the recipes added, so the tests can look for each on the built page. */
export interface Added {
	section: { file: string; title: string; stepId: string };
	source: { id: string; outlet: string };
	event: { id: string; title: string };
	place: { id: string; name: string };
	scene: { id: string; title: string; stepId: string };
}

type Entry = Record<string, unknown> & { id: string };

/** The README's code block that follows the paragraph starting `**<title>**`. */
export function readmeBlock(title: string): { file: string; code: string } {
	const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
	const match = new RegExp(
		`\\*\\*${title}\\*\\* Create \`([^\`]+)\`:\\s*\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``,
	).exec(readme);
	if (!match) throw new Error(`README.md has no "**${title}** Create …" recipe with a code block`);
	return { file: match[1]!, code: match[2]! };
}

/** Copies `from` (a content folder) to `to` and applies every recipe; returns what was added. */
export function applyRecipes(from: string, to: string): Added {
	cpSync(from, to, { recursive: true });
	const data = (name: string) => join(to, 'data', `${name}.yaml`);
	const read = (name: string) => parse(readFileSync(data(name), 'utf8')) as Entry[];
	const write = (name: string, entries: unknown) => writeFileSync(data(name), stringify(entries));

	// A source, as "Add a source" lists its fields.
	const sources = read('sources');
	const source = {
		id: 'recipe-source',
		outlet: 'Recipe Wire',
		title: 'A source added by the recipe test',
		date: String(sources.at(-1)!.date),
		kind: 'press',
	};
	write('sources', [...sources, source]);

	// An event, as "Add an event" lists its fields, on the last day of the story.
	const events = read('events');
	const event = {
		id: 'recipe-event',
		date: String(
			events
				.map((entry) => String(entry.date))
				.sort()
				.at(-1),
		),
		title: 'An event added by the recipe test',
		summary: 'One sentence about the event the recipe test adds.',
		category: 'report',
		status: 'reported',
		sources: [source.id],
	};
	write('events', [...events, event]);

	// A place near the first place a map scene frames, and a map scene that frames both.
	const places = read('places');
	const scenes = read('scenes');
	const neighbourId = scenes.flatMap((scene) => (scene.focus as string[] | undefined) ?? [])[0]!;
	const neighbour = places.find((entry) => entry.id === neighbourId)!;
	const place = {
		id: 'recipe-place',
		name: 'Recipeville',
		country: String(neighbour.country),
		lat: Number(neighbour.lat) + 0.5,
		lon: Number(neighbour.lon) + 0.5,
		kind: 'town',
	};
	write('places', [...places, place]);
	const scene = {
		id: 'recipe-scene',
		graphic: 'map',
		title: 'Recipeville and its neighbour',
		description: 'Map of the place the recipe test adds, beside one the story already has.',
		focus: [place.id, neighbour.id],
	};
	write('scenes', [...scenes, scene]);

	// The section, from the README as printed, numbered after the last one; then a second step
	// that shows the new scene and cites the new source.
	const { file, code } = readmeBlock('Add a section.');
	const storyDir = join(to, 'story');
	const orders = readdirSync(storyDir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) =>
			Number(/^---\n[\s\S]*?^order: (\d+)/m.exec(readFileSync(join(storyDir, name), 'utf8'))?.[1]),
		);
	const order = Math.max(...orders) + 1;
	const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(code)!;
	const meta = parse(frontmatter!) as {
		title: string;
		sources: string[];
		steps: { id: string; scene: string; alt: string; events?: string[] }[];
	};
	const sceneStep = { id: 'recipe-step', scene: scene.id, alt: `Map of ${place.name}.` };
	const section = {
		...meta,
		order,
		sources: [...meta.sources, source.id],
		steps: [...meta.steps, sceneStep],
	};
	const sectionFile = join(storyDir, file.split('/').pop()!.replace(/^\d+/, String(order)));
	writeFileSync(
		sectionFile,
		`---\n${stringify(section)}---\n${body}\n\n<Step id="${sceneStep.id}">\n\nRecipeville, added by the recipe test.<Cite id="${source.id}" />\n\n</Step>\n`,
	);
	return {
		section: { file: sectionFile, title: meta.title, stepId: meta.steps[0]!.id },
		source: { id: source.id, outlet: source.outlet },
		event: { id: event.id, title: event.title },
		place: { id: place.id, name: place.name },
		scene: { id: scene.id, title: scene.title, stepId: sceneStep.id },
	};
}
