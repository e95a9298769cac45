/**
 * Cross-entry checks that a per-entry schema cannot make: references to entries that do not
 * exist, step ids that repeat across sections, a section body whose `<Step>` and `<Cite>`
 * tags disagree with its frontmatter, and quotations not cited where they stand
 * (quotations.ts). Pure: plain data in, a list of problems out.
 */
import { checkQuotations } from './quotations';

/** An entry as the content layer hands it over, reduced to what the checks read. */
export interface EntryInput {
	collection: string;
	id: string;
	/** Path of the file the entry came from, relative to the project. */
	file: string;
	data: unknown;
	/** The MDX source of a story section, without its frontmatter. */
	body?: string;
}

/** One thing wrong with the content, pinned to a file and a field. */
export interface Problem {
	file: string;
	field: string;
	message: string;
}

/** Anchors the page itself uses; a step or section id must not take one of them. */
export const RESERVED_ANCHORS = ['top', 'main', 'story', 'what-we-know', 'sources'];

/**
 * Formats a problem as `file: field: message`, the shape the build error prints; a problem with
 * the whole file (no field) as `file: message`.
 */
export function formatProblem({ file, field, message }: Problem): string {
	return field ? `${file}: ${field}: ${message}` : `${file}: ${message}`;
}

/** The section's anchor: its file name without the ordering prefix (`02-caspian` → `caspian`). */
export function sectionAnchor(entryId: string): string {
	return entryId.replace(/^\d+[-_]?/, '');
}

/** Returns every problem found across the given entries; an empty list means all is well. */
export function checkStory(entries: EntryInput[]): Problem[] {
	const ids = new Map<string, Set<string>>();
	for (const entry of entries) {
		if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
		ids.get(entry.collection)!.add(entry.id);
	}
	const problems: Problem[] = [];
	const cited = new Set<string>();

	for (const entry of entries) {
		for (const { path, ref } of findReferences(entry.data)) {
			if (ref.collection === 'sources') cited.add(ref.id);
			if (!ids.get(ref.collection)?.has(ref.id)) {
				problems.push({
					file: entry.file,
					// A data file holds many entries: say which one.
					field: entry.collection === 'story' ? path : `${entry.id}.${path}`,
					message: `unknown ${singular(ref.collection)} id "${ref.id}"`,
				});
			}
		}
	}

	problems.push(...checkSceneChoices(entries, ids.get('scenes') ?? new Set()));

	const sections = entries.filter((entry) => entry.collection === 'story');
	problems.push(...checkAnchors(sections));
	for (const section of sections) {
		problems.push(...checkBody(section, ids.get('sources') ?? new Set(), cited));
	}

	problems.push(...checkQuotations(entries));

	for (const source of entries.filter((entry) => entry.collection === 'sources')) {
		if (!cited.has(source.id)) {
			problems.push({
				file: source.file,
				field: source.id,
				message: 'source is never cited; cite it or remove it',
			});
		}
	}
	return problems;
}

/**
 * The scenes the content picks by id outside a reference: the article's `card`, and at most one
 * `overview` per chart kind.
 */
function checkSceneChoices(entries: EntryInput[], scenes: Set<string>): Problem[] {
	const problems: Problem[] = [];
	for (const article of entries.filter((entry) => entry.collection === 'article')) {
		const { card } = article.data as { card?: unknown };
		if (typeof card === 'string' && !scenes.has(card)) {
			problems.push({ file: article.file, field: 'card', message: `unknown scene id "${card}"` });
		}
	}
	const overviews = new Map<string, string[]>();
	for (const scene of entries.filter((entry) => entry.collection === 'scenes')) {
		const { graphic, overview } = scene.data as { graphic?: string; overview?: boolean };
		if (overview && graphic) overviews.set(graphic, [...(overviews.get(graphic) ?? []), scene.id]);
	}
	for (const [kind, ids] of overviews) {
		if (ids.length < 2) continue;
		const file = entries.find(
			(entry) => entry.id === ids[1] && entry.collection === 'scenes',
		)!.file;
		problems.push({
			file,
			field: `${ids[1]}.overview`,
			message: `only one ${kind} scene can be the overview; ${ids[0]} already is`,
		});
	}
	return problems;
}

interface FoundRef {
	path: string;
	ref: { collection: string; id: string };
}

function findReferences(value: unknown, path = ''): FoundRef[] {
	if (Array.isArray(value)) {
		return value.flatMap((item, index) => findReferences(item, `${path}[${index}]`));
	}
	if (value === null || typeof value !== 'object') return [];
	const record = value as Record<string, unknown>;
	if (typeof record.collection === 'string' && typeof record.id === 'string') {
		return [{ path, ref: { collection: record.collection, id: record.id } }];
	}
	return Object.entries(record).flatMap(([key, item]) =>
		findReferences(item, path ? `${path}.${key}` : key),
	);
}

interface SectionData {
	steps?: { id: string }[];
	sources?: { id: string }[];
}

function checkAnchors(sections: EntryInput[]): Problem[] {
	const problems: Problem[] = [];
	const taken = new Map<string, string>(RESERVED_ANCHORS.map((anchor) => [anchor, 'the page']));
	const claim = (anchor: string, file: string, field: string) => {
		const owner = taken.get(anchor);
		if (owner) {
			problems.push({ file, field, message: `id "${anchor}" is already used by ${owner}` });
		} else {
			taken.set(anchor, file);
		}
	};
	for (const section of sections) {
		claim(sectionAnchor(section.id), section.file, 'file name');
		const steps = (section.data as SectionData).steps ?? [];
		// Repeats inside one section are the schema's to report; here only clashes across files.
		const own = new Set<string>();
		steps.forEach((step, index) => {
			if (own.has(step.id)) return;
			own.add(step.id);
			claim(step.id, section.file, `steps[${index}].id`);
		});
	}
	return problems;
}

const TAG = /<(Step|Cite)\b([^>]*)>/g;
const ID_ATTRIBUTE = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;

function checkBody(section: EntryInput, sources: Set<string>, cited: Set<string>): Problem[] {
	const problems: Problem[] = [];
	const data = section.data as SectionData;
	const declaredSteps = (data.steps ?? []).map((step) => step.id);
	const declaredSources = new Set((data.sources ?? []).map((source) => source.id));
	const bodySteps: string[] = [];
	const bodyCites = new Set<string>();
	const report = (field: string, message: string) =>
		problems.push({ file: section.file, field, message });

	for (const [tag, name, attributes] of (section.body ?? '').matchAll(TAG)) {
		const match = ID_ATTRIBUTE.exec(attributes ?? '');
		const id = match?.[1] ?? match?.[2];
		if (!id) {
			report(`body ${tag}`, `<${name}> needs an id="…" attribute`);
		} else if (name === 'Step') {
			if (bodySteps.includes(id)) report(`body <Step id="${id}">`, 'step appears twice');
			bodySteps.push(id);
		} else {
			bodyCites.add(id);
			cited.add(id);
			if (!sources.has(id)) {
				report(`body <Cite id="${id}">`, `unknown source id "${id}"`);
			} else if (!declaredSources.has(id)) {
				report(`body <Cite id="${id}">`, `source "${id}" is cited but not listed in sources`);
			}
		}
	}

	declaredSteps.forEach((id, index) => {
		if (!bodySteps.includes(id)) {
			report(`steps[${index}].id`, `step "${id}" has no <Step id="${id}"> in the text`);
		}
	});
	for (const id of bodySteps) {
		if (!declaredSteps.includes(id)) {
			report(`body <Step id="${id}">`, `step "${id}" is not declared in steps`);
		}
	}
	const inBody = bodySteps.filter((id) => declaredSteps.includes(id));
	const inFrontmatter = declaredSteps.filter((id) => bodySteps.includes(id));
	if (inBody.join() !== inFrontmatter.join()) {
		report('steps', 'steps are listed in a different order than they appear in the text');
	}
	(data.sources ?? []).forEach(({ id }, index) => {
		if (!bodyCites.has(id)) {
			report(`sources[${index}]`, `source "${id}" is listed but never cited in the text`);
		}
	});
	return problems;
}

function singular(collection: string): string {
	return collection.endsWith('s') ? collection.slice(0, -1) : collection;
}
