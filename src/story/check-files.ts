/**
 * Checks a story's content folder before Astro loads it, and lists every problem with the file
 * named. Astro's loaders are lenient where we must not be: a data file that does not parse is
 * logged and read as empty, an entry without an id is dropped, a repeated id replaces the
 * first, an empty file fails inside Astro naming no file, and a missing file or folder builds a
 * page with whole parts missing. Here each of those fails, in three rounds (a later round would
 * only repeat an earlier one's problems):
 *
 *   1. the files: the story folder and every data file exist and are not empty, each parses
 *      (YAML, MDX), each list entry is a mapping with an id used once, and each section's MDX
 *      keeps to the policy in src/lib/content/mdx-policy.ts;
 *   2. every entry against its collection's strict schema, and the sections' `order` values;
 *   3. what spans files (src/lib/content/check-story.ts): references, anchors, citations.
 *
 * src/content.config.ts runs it when Astro loads the content; the unit tests run it on broken
 * copies of the content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { parse, YAMLParseError } from 'yaml';
import {
	checkStory,
	formatProblem,
	type EntryInput,
	type Problem,
} from '../lib/content/check-story';
import { checkMdx } from '../lib/content/mdx-policy';
import { ArticleSchema } from './schemas/article';
import { ClaimSchema, QuestionSchema } from './schemas/claim';
import { plainReference } from './schemas/common';
import { EventSchema } from './schemas/event';
import { PlaceSchema } from './schemas/place';
import { SceneSchema } from './schemas/scene';
import { SectionSchema } from './schemas/section';
import { SourceSchema } from './schemas/source';

/** Thrown when the content breaks a rule; the message lists every problem, one a line. */
export class ContentError extends Error {
	override name = 'ContentError';
}

/**
 * The data files every story has (content/data/<name>.yaml), with their schemas. The article
 * file holds one entry under its id; the others are lists of entries, each with an `id`.
 */
export const DATA_FILES = {
	article: ArticleSchema,
	sources: SourceSchema,
	places: PlaceSchema,
	events: EventSchema(plainReference),
	claims: ClaimSchema(plainReference),
	questions: QuestionSchema(plainReference),
	scenes: SceneSchema(plainReference),
} satisfies Record<string, z.ZodType>;

/** The schema of the story's sections (content/story/*.mdx frontmatter). */
const SECTION = SectionSchema(plainReference);

/** One entry as read from its file, before its schema. */
export interface RawEntry {
	collection: string;
	id: string;
	/** The file, relative to the working folder, as messages name it. */
	file: string;
	raw: unknown;
	/** A section's MDX after its frontmatter. */
	body?: string;
}

/** Every problem with the content in `root` (content/ or a copy); none means it may build. */
export function checkContent(root: string): Problem[] {
	const { entries, problems } = parseContent(root);
	if (problems.length > 0) return problems;
	return checkStory(entries);
}

/**
 * The content in `root` read and parsed by each entry's schema, as the cross-file checks take
 * it, with the problems found on the way (files, schemas, section order).
 */
export function parseContent(root: string): { entries: EntryInput[]; problems: Problem[] } {
	const { entries, problems } = readContent(root);
	if (problems.length > 0) return { entries: [], problems };

	const parsed: EntryInput[] = [];
	for (const entry of entries) {
		const schema = entry.collection === 'story' ? SECTION : schemaOf(entry.collection);
		const result = schema.safeParse(entry.raw, { error: missingField });
		if (result.success) {
			parsed.push({ ...entry, data: result.data });
			continue;
		}
		for (const issue of result.error.issues) {
			const path = formatPath(issue.path);
			const field =
				entry.collection === 'story' ? path : [entry.id, path].filter(Boolean).join('.');
			problems.push({ file: entry.file, field, message: issue.message });
		}
	}
	problems.push(...checkOrder(parsed.filter((entry) => entry.collection === 'story')));
	return { entries: parsed, problems };
}

/** Throws a ContentError listing every problem with the content in `root`, if there is any. */
export function assertContent(root: string): void {
	const problems = checkContent(root);
	if (problems.length === 0) return;
	const lines = problems.map((problem) => `  ${formatProblem(problem)}`).join('\n');
	throw new ContentError(`The content has ${problems.length} problem(s):\n${lines}`);
}

/** Reads every file of the content in `root` into raw entries; round 1 of the checks. */
export function readContent(root: string): { entries: RawEntry[]; problems: Problem[] } {
	const entries: RawEntry[] = [];
	const problems: Problem[] = [];
	// Named from the working folder where they are under it (`content/data/places.yaml`).
	const name = (path: string) => {
		const near = relative(process.cwd(), path);
		return near && !near.startsWith('..') ? near : path;
	};
	const fail = (file: string, field: string, message: string) =>
		problems.push({ file, field, message });

	const story = join(root, 'story');
	const sections = isFolder(story) ? readdirSync(story).sort() : undefined;
	if (!sections) {
		fail(name(story), '', 'the story folder is missing: it holds the sections, one .mdx file each');
	} else if (!sections.some((file) => file.endsWith('.mdx'))) {
		fail(name(story), '', 'the story folder has no sections (.mdx files)');
	}
	for (const file of sections ?? []) {
		const path = join(story, file);
		if (/\.(md|markdown)$/i.test(file)) {
			fail(
				name(path),
				'',
				'only .mdx files are read as sections: rename it to .mdx, or move it out',
			);
		}
		if (!file.endsWith('.mdx')) continue;
		const section = readSection(path, name(path), fail);
		if (section) entries.push(section);
	}

	for (const collection of Object.keys(DATA_FILES)) {
		const path = join(root, 'data', `${collection}.yaml`);
		entries.push(...readDataFile(collection, path, name(path), fail));
	}
	return { entries, problems };
}

type Fail = (file: string, field: string, message: string) => void;

function readSection(path: string, file: string, fail: Fail): RawEntry | undefined {
	const source = readFileSync(path, 'utf8');
	if (source.trim() === '') {
		fail(file, '', 'the section is empty');
		return undefined;
	}
	const { frontmatter, body, findings } = checkMdx(source);
	for (const { line, column, message } of findings) fail(`${file}:${line}:${column}`, '', message);
	if (findings.length > 0) return undefined;
	if (frontmatter === undefined) {
		fail(file, '', 'the section has no frontmatter (--- order, title, kicker, sources, steps ---)');
		return undefined;
	}
	const raw = parseYaml(frontmatter, file, fail);
	if (raw === FAILED) return undefined;
	// The glob loader's id: the file name without its extension.
	return {
		collection: 'story',
		id: file.replace(/^.*\//, '').replace(/\.mdx$/, ''),
		file,
		raw,
		body,
	};
}

function readDataFile(collection: string, path: string, file: string, fail: Fail): RawEntry[] {
	if (!existsSync(path) || !statSync(path).isFile()) {
		fail(file, '', `the file is missing: every story needs its ${collection}`);
		return [];
	}
	const raw = parseYaml(readFileSync(path, 'utf8'), file, fail);
	if (raw === FAILED) return [];
	if (raw === null || raw === undefined) {
		fail(file, '', 'the file is empty: it must hold at least one entry');
		return [];
	}
	if (collection === 'article') {
		const ids = typeof raw === 'object' && !Array.isArray(raw) ? Object.keys(raw) : [];
		if (ids.length !== 1) {
			fail(file, '', 'must hold exactly one article, under its id (`my-story:` then its fields)');
			return [];
		}
		return [{ collection, id: ids[0]!, file, raw: (raw as Record<string, unknown>)[ids[0]!] }];
	}
	if (!Array.isArray(raw)) {
		fail(file, '', 'must be a list of entries, each starting `- id: …`');
		return [];
	}
	if (raw.length === 0) fail(file, '', 'the list is empty: it must hold at least one entry');
	const entries: RawEntry[] = [];
	const seen = new Map<string, number>();
	raw.forEach((item: unknown, index) => {
		if (item === null || typeof item !== 'object' || Array.isArray(item)) {
			fail(file, `[${index}]`, 'each entry must be a set of `key: value` fields');
			return;
		}
		const id = (item as { id?: unknown }).id;
		if (typeof id !== 'string' || id === '') {
			fail(file, `[${index}]`, 'the entry has no id (`- id: some-name`)');
			return;
		}
		if (seen.has(id)) {
			fail(file, id, `id "${id}" is used twice (entries ${seen.get(id)! + 1} and ${index + 1})`);
			return;
		}
		seen.set(id, index);
		entries.push({ collection, id, file, raw: item });
	});
	return entries;
}

const FAILED = Symbol('failed');

function parseYaml(text: string, file: string, fail: Fail): unknown {
	try {
		return parse(text);
	} catch (error) {
		if (!(error instanceof YAMLParseError)) throw error;
		const position = error.linePos?.[0];
		const where = position ? `${file}:${position.line}:${position.col}` : file;
		fail(where, '', `YAML: ${error.message.split('\n')[0]}`);
		return FAILED;
	}
}

function checkOrder(sections: EntryInput[]): Problem[] {
	const first = new Map<number, string>();
	const problems: Problem[] = [];
	for (const section of sections) {
		const { order } = section.data as { order: number };
		const taken = first.get(order);
		if (taken) {
			problems.push({
				file: section.file,
				field: 'order',
				message: `order ${order} is also ${taken}'s`,
			});
		} else {
			first.set(order, section.file);
		}
	}
	return problems;
}

/** Zod says "expected string, received undefined" for a field left out; we say it is required. */
function missingField(issue: { code?: string; input?: unknown }): string | undefined {
	return issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined;
}

function schemaOf(collection: string): z.ZodType {
	return DATA_FILES[collection as keyof typeof DATA_FILES];
}

function isFolder(path: string): boolean {
	return existsSync(path) && statSync(path).isDirectory();
}

/** A zod issue path the way the messages write fields: `steps[1].scene`. */
function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((key, index) =>
			typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`,
		)
		.join('');
}
