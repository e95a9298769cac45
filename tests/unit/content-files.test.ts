/**
 * Broken content fails with the file and the field named. Each case copies the story's content
 * (content/, or CONTENT_DIR), breaks the copy in one way, and runs the checks the build runs
 * first (src/story/check-files.ts): no Astro, so a case takes milliseconds. What a case expects
 * is derived from the content it breaks (the first section, the first entry of a file…), so
 * another story runs through the same cases. tests/e2e/bad-input.spec.ts builds a few of them
 * for real.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import { formatProblem } from '../../src/lib/content/check-story';
import { checkMdx } from '../../src/lib/content/mdx-policy';
import { checkContent, DATA_FILES } from '../../src/story/check-files';

const CONTENT = resolve(process.env.CONTENT_DIR ?? 'content');
const WORK = resolve('test-results/content-checks');
afterAll(() => rmSync(WORK, { recursive: true, force: true }));

type Entry = Record<string, unknown> & { id: string };
const LISTS = Object.keys(DATA_FILES).filter((name) => name !== 'article');
const SECTIONS = readdirSync(join(CONTENT, 'story'))
	.filter((name) => name.endsWith('.mdx'))
	.sort();

/** A fresh copy of the content, named after the case. */
function copy(name: string): string {
	const root = join(WORK, name.replace(/[^a-z0-9]+/gi, '-').toLowerCase(), 'content');
	rmSync(root, { recursive: true, force: true });
	mkdirSync(root, { recursive: true });
	cpSync(CONTENT, root, { recursive: true });
	return root;
}

/** How the checks name a file of the copy. */
const named = (root: string, file: string) => relative(process.cwd(), join(root, file));

/** The problems with a copy, one `file: field: message` line each. */
const problems = (root: string) => checkContent(root).map(formatProblem);

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);

/** Edits a data file as data: `change` gets the parsed file and may change it in place. */
function editData(root: string, name: string, change: (data: Entry[]) => void) {
	const file = `data/${name}.yaml`;
	const data = parse(read(root, file)) as Entry[];
	change(data);
	write(root, file, stringify(data));
}

/** Edits a section's frontmatter as data, keeping its MDX body. */
function editFrontmatter(
	root: string,
	file: string,
	change: (data: Record<string, unknown>) => void,
) {
	const source = read(root, file);
	const { frontmatter, body } = checkMdx(source);
	const data = parse(frontmatter!) as Record<string, unknown>;
	change(data);
	write(root, file, `---\n${stringify(data)}---\n\n${body}\n`);
}

/** Edits a file's text; the edit must change something. */
function editText(root: string, file: string, change: (text: string) => string) {
	const before = read(root, file);
	const after = change(before);
	expect(after, `the edit did not change ${file}`).not.toBe(before);
	write(root, file, after);
}

const first = <T>(items: T[]) => items[0]!;
const section = `story/${first(SECTIONS)}`;
const entries = (name: string) =>
	parse(readFileSync(join(CONTENT, 'data', `${name}.yaml`), 'utf8')) as Entry[];
/** A key misspelt the way a hurried editor would: its second letter dropped. */
const typo = (key: string) => key[0] + key.slice(2);
const longestKey = (entry: object) =>
	Object.keys(entry)
		.filter((key) => key !== 'id')
		.sort((a, b) => b.length - a.length)[0]!;

test('the content as it is has no problems', () => {
	expect(problems(CONTENT)).toEqual([]);
});

describe('the eleven cases the build used to be tested with, now checked in milliseconds', () => {
	test('a section cites an unknown source id', () => {
		const root = copy('unknown-source');
		editFrontmatter(root, section, (data) => {
			(data.sources as string[]).unshift('no-such-source');
		});
		expect(problems(root)).toContain(
			`${named(root, section)}: sources[0]: unknown source id "no-such-source"`,
		);
	});

	test('a section has no title', () => {
		const root = copy('no-title');
		editFrontmatter(root, section, (data) => {
			delete data.title;
		});
		expect(problems(root)).toEqual([`${named(root, section)}: title: title is required`]);
	});

	test('a step has no scene', () => {
		const root = copy('no-scene');
		editFrontmatter(root, section, (data) => {
			delete (data.steps as Entry[])[0]!.scene;
		});
		expect(problems(root)).toEqual([`${named(root, section)}: steps[0].scene: required`]);
	});

	test('two steps share an id', () => {
		const root = copy('two-steps');
		let id = '';
		let index = 0;
		editFrontmatter(root, section, (data) => {
			const steps = data.steps as Entry[];
			id = steps[0]!.id;
			index = steps.push({ ...steps[0]! }) - 1;
		});
		expect(problems(root)).toContain(
			`${named(root, section)}: steps[${index}].id: duplicate step id "${id}"`,
		);
	});

	test('a section has an empty steps list', () => {
		const root = copy('empty-steps');
		editFrontmatter(root, section, (data) => {
			data.steps = [];
		});
		expect(problems(root)).toEqual([
			`${named(root, section)}: steps: a section needs at least one step`,
		]);
	});

	test('a section has an MDX syntax error', () => {
		const root = copy('mdx-syntax');
		editText(root, section, (text) => text.replace('<Step id=', '<Step {id='));
		const [problem, ...rest] = problems(root);
		expect(rest).toEqual([]);
		expect(problem).toMatch(
			new RegExp(
				`^${named(root, section).replace(/[.]/g, '\\.')}:\\d+:\\d+: MDX syntax: Unexpected character`,
			),
		);
	});

	test('a place has a latitude of 95', () => {
		const root = copy('latitude');
		editData(root, 'places', (places) => {
			first(places).lat = 95;
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/places.yaml')}: ${first(entries('places')).id}.lat: latitude must be between -90 and 90`,
		]);
	});

	test('an event is dated 2015-13-01', () => {
		const root = copy('date');
		editData(root, 'events', (events) => {
			first(events).date = '2015-13-01';
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/events.yaml')}: ${first(entries('events')).id}.date: must be a real date written YYYY-MM-DD`,
		]);
	});

	test('an event has an unknown category', () => {
		const root = copy('category');
		editData(root, 'events', (events) => {
			first(events).category = 'naval';
		});
		expect(problems(root)).toEqual([
			expect.stringMatching(
				new RegExp(`: ${first(entries('events')).id}\\.category: Invalid option: expected one of`),
			),
		]);
	});

	test("an event's source does not exist", () => {
		const root = copy('event-source');
		editData(root, 'events', (events) => {
			first(events).sources = ['no-such-source'];
		});
		expect(problems(root)).toContain(
			`${named(root, 'data/events.yaml')}: ${first(entries('events')).id}.sources[0]: unknown source id "no-such-source"`,
		);
	});

	test('an event has no sources', () => {
		const root = copy('event-no-sources');
		editData(root, 'events', (events) => {
			delete first(events).sources;
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/events.yaml')}: ${first(entries('events')).id}.sources: required`,
		]);
	});
});

describe('no quotation loses its source', () => {
	test('a quotation added to the text without a <Cite> fails, naming the paragraph', () => {
		const root = copy('quote-in-text');
		editText(root, section, (text) => `${text.trimEnd()}\n\nShe said “not like this”.\n`);
		expect(problems(root)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${named(root, section).replace(/[.]/g, '\\.')}: body paragraph \\d+: quotation “not like this” is not cited`,
				),
			),
		]);
	});

	test('a quotation in an entry without sources fails, naming the entry and field', () => {
		const root = copy('quote-in-data');
		let id = '';
		editData(root, 'places', (places) => {
			const place = first(places);
			id = place.id;
			place.note = 'Locals called it “the gate”.';
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/places.yaml')}: ${id}.note: quotation “the gate” is not cited: the entry lists no sources`,
		]);
	});
});

describe('unknown keys fail, naming the file, the entry and the key, and suggesting the nearest', () => {
	test.each(LISTS)('in %s.yaml', (name) => {
		const root = copy(`typo-${name}`);
		const entry = first(entries(name));
		const key = longestKey(entry);
		editData(root, name, (list) => {
			first(list)[typo(key)] = entry[key];
		});
		expect(problems(root)).toEqual([
			`${named(root, `data/${name}.yaml`)}: ${entry.id}: unknown key "${typo(key)}" (did you mean "${key}"?)`,
		]);
	});

	test('in article.yaml', () => {
		const root = copy('typo-article');
		const file = 'data/article.yaml';
		const [id, article] = first(Object.entries(parse(read(root, file)) as Record<string, object>));
		const key = longestKey(article);
		const data = { [id]: { ...article, [typo(key)]: 'x' } };
		write(root, file, stringify(data));
		expect(problems(root)).toEqual([
			`${named(root, file)}: ${id}: unknown key "${typo(key)}" (did you mean "${key}"?)`,
		]);
	});

	test("in a section's frontmatter, and in one of its steps", () => {
		const root = copy('typo-section');
		editFrontmatter(root, section, (data) => {
			data.kiker = data.kicker;
			(data.steps as Entry[])[0]!.scen = 'x';
		});
		expect(problems(root).sort()).toEqual([
			`${named(root, section)}: steps[0]: unknown key "scen" (did you mean "scene"?)`,
			`${named(root, section)}: unknown key "kiker" (did you mean "kicker"?)`,
		]);
	});

	test('nested in a data entry (a scene route, a place extent…), at any depth', () => {
		// The first object inside a list or an object of any entry of any data file.
		const nested = LISTS.flatMap((name) =>
			entries(name).flatMap((entry) =>
				Object.entries(entry).flatMap(([key, value]) => {
					const inner = Array.isArray(value) ? value[0] : value;
					if (!inner || typeof inner !== 'object' || Array.isArray(inner)) return [];
					return [{ name, id: entry.id, key, path: Array.isArray(value) ? `${key}[0]` : key }];
				}),
			),
		);
		expect(nested.length, 'the content has no nested objects to test with').toBeGreaterThan(0);
		const { name, id, key, path } = first(nested);
		const root = copy('typo-nested');
		editData(root, name, (list) => {
			const entry = list.find((candidate) => candidate.id === id)!;
			const value = entry[key] as Record<string, unknown> | Record<string, unknown>[];
			(Array.isArray(value) ? value[0]! : value).xyzzy = 1;
		});
		expect(problems(root)).toEqual([
			expect.stringMatching(
				new RegExp(
					`^${named(root, `data/${name}.yaml`)}: ${id}\\.${path.replace(/[[\]]/g, '\\$&')}: unknown key "xyzzy" \\(known keys: `,
				),
			),
		]);
	});
});

describe('every file and folder the story needs exists and is not empty', () => {
	test('the story folder is missing', () => {
		const root = copy('no-story-folder');
		rmSync(join(root, 'story'), { recursive: true });
		expect(problems(root)).toEqual([
			`${named(root, 'story')}: the story folder is missing: it holds the sections, one .mdx file each`,
		]);
	});

	test('the story folder is empty', () => {
		const root = copy('empty-story-folder');
		for (const file of SECTIONS) rmSync(join(root, 'story', file));
		expect(problems(root)).toEqual([
			`${named(root, 'story')}: the story folder has no sections (.mdx files)`,
		]);
	});

	test('a section saved as .md is not silently left out', () => {
		const root = copy('md-section');
		const file = first(SECTIONS).replace(/\.mdx$/, '.md');
		cpSync(join(root, section), join(root, 'story', file));
		expect(problems(root)).toContain(
			`${named(root, `story/${file}`)}: only .mdx files are read as sections: rename it to .mdx, or move it out`,
		);
	});

	test('an empty section file', () => {
		const root = copy('empty-section');
		write(root, section, '\n');
		expect(problems(root)).toEqual([`${named(root, section)}: the section is empty`]);
	});

	test('a section without frontmatter', () => {
		const root = copy('no-frontmatter');
		write(root, section, `${checkMdx(read(root, section)).body}\n`);
		expect(problems(root)).toEqual([
			`${named(root, section)}: the section has no frontmatter (--- order, title, kicker, sources, steps ---)`,
		]);
	});

	test.each(Object.keys(DATA_FILES))('%s.yaml is missing', (name) => {
		const root = copy(`missing-${name}`);
		rmSync(join(root, 'data', `${name}.yaml`));
		expect(problems(root)).toEqual([
			`${named(root, `data/${name}.yaml`)}: the file is missing: every story needs its ${name}`,
		]);
	});

	test.each(Object.keys(DATA_FILES))('%s.yaml is empty, or holds only comments', (name) => {
		for (const text of ['', '\n', '# nothing yet\n']) {
			const root = copy(`empty-${name}`);
			write(root, `data/${name}.yaml`, text);
			expect(problems(root), JSON.stringify(text)).toEqual([
				`${named(root, `data/${name}.yaml`)}: the file is empty: it must hold at least one entry`,
			]);
		}
	});

	test.each(LISTS)('%s.yaml is an empty list', (name) => {
		const root = copy(`empty-list-${name}`);
		write(root, `data/${name}.yaml`, '[]\n');
		expect(problems(root)).toEqual([
			`${named(root, `data/${name}.yaml`)}: the list is empty: it must hold at least one entry`,
		]);
	});

	test.each(LISTS)('%s.yaml is a mapping (`%s: []`) instead of a list', (name) => {
		const root = copy(`mapping-${name}`);
		write(root, `data/${name}.yaml`, `${name}: []\n`);
		expect(problems(root)).toEqual([
			`${named(root, `data/${name}.yaml`)}: must be a list of entries, each starting \`- id: …\``,
		]);
	});

	test('article.yaml holds two articles', () => {
		const root = copy('two-articles');
		const data = parse(read(root, 'data/article.yaml')) as Record<string, unknown>;
		const [id, article] = first(Object.entries(data));
		write(root, 'data/article.yaml', stringify({ ...data, [`${id}-copy`]: article }));
		expect(problems(root)).toEqual([
			`${named(root, 'data/article.yaml')}: must hold exactly one article, under its id (\`my-story:\` then its fields)`,
		]);
	});
});

describe('list entries', () => {
	test.each(LISTS)('an entry of %s.yaml without an id, and one used twice', (name) => {
		const root = copy(`ids-${name}`);
		const list = entries(name);
		editData(root, name, (data) => {
			const { id: _, ...withoutId } = first(data);
			data.push({ ...first(data) }, withoutId as Entry);
		});
		expect(problems(root)).toEqual([
			`${named(root, `data/${name}.yaml`)}: ${first(list).id}: id "${first(list).id}" is used twice (entries 1 and ${list.length + 1})`,
			`${named(root, `data/${name}.yaml`)}: [${list.length + 1}]: the entry has no id (\`- id: some-name\`)`,
		]);
	});

	test('an entry that is not a set of fields', () => {
		const root = copy('scalar-entry');
		editData(root, 'sources', (data) => {
			(data as unknown[]).push('just a line');
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/sources.yaml')}: [${entries('sources').length}]: each entry must be a set of \`key: value\` fields`,
		]);
	});

	test('a YAML syntax error is named with its line and column', () => {
		const root = copy('yaml-syntax');
		editText(root, 'data/places.yaml', (text) => `${text}\n- id: broken\n  name: [unclosed\n`);
		expect(problems(root)).toEqual([
			expect.stringMatching(new RegExp(`^${named(root, 'data/places.yaml')}:\\d+:\\d+: YAML: `)),
		]);
	});

	test('a key given twice in one entry is a YAML error', () => {
		const root = copy('yaml-duplicate-key');
		editText(root, 'data/places.yaml', (text) => `${text}\n- id: twice\n  name: A\n  name: B\n`);
		expect(problems(root)).toEqual([
			expect.stringMatching(/places\.yaml:\d+:\d+: YAML: Map keys must be unique/),
		]);
	});
});

describe('sections', () => {
	test('two sections with the same order', () => {
		const root = copy('same-order');
		expect(SECTIONS.length, 'needs two sections').toBeGreaterThan(1);
		const second = `story/${SECTIONS[1]}`;
		const order = (parse(checkMdx(read(root, section)).frontmatter!) as { order: number }).order;
		editFrontmatter(root, second, (data) => {
			data.order = order;
		});
		expect(problems(root)).toEqual([
			`${named(root, second)}: order: order ${order} is also ${named(root, section)}'s`,
		]);
	});

	test('raw HTML in a section fails with its line', () => {
		const root = copy('raw-script');
		const lines = read(root, section).split('\n').length;
		editText(root, section, (text) => `${text}\n<script>alert(document.cookie)</script>\n`);
		expect(problems(root)).toEqual([
			`${named(root, section)}:${lines + 1}:1: <script> is not allowed: a section cannot load or run anything`,
		]);
	});

	test('an expression that reads the environment fails', () => {
		const root = copy('env-expression');
		editText(root, section, (text) => `${text}\n{process.env.HOME}\n`);
		expect(problems(root)).toEqual([
			expect.stringMatching(/:\d+:1: the expression \{process\.env\.HOME\} is not allowed/),
		]);
	});
});

describe('length limits and invisible characters', () => {
	test('a section title over its limit says the limit and the length', () => {
		const root = copy('long-title');
		editFrontmatter(root, section, (data) => {
			data.title = 'W'.repeat(101);
		});
		expect(problems(root)).toEqual([
			`${named(root, section)}: title: title must be at most 100 characters (it has 101)`,
		]);
	});

	test('a place name (a map label) over 40 characters', () => {
		const root = copy('long-label');
		editData(root, 'places', (places) => {
			first(places).name = 'N'.repeat(41);
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/places.yaml')}: ${first(entries('places')).id}.name: name must be at most 40 characters (it has 41)`,
		]);
	});

	test('a 10,000-character word in a headline', () => {
		const root = copy('long-headline');
		const file = 'data/article.yaml';
		const data = parse(read(root, file)) as Record<string, Record<string, unknown>>;
		const [id] = Object.keys(data);
		data[id!]!.headline = 'W'.repeat(10_000);
		write(root, file, stringify(data));
		expect(problems(root)).toEqual([
			`${named(root, file)}: ${id}.headline: headline must be at most 140 characters (it has 10000)`,
		]);
	});

	test('a control character pasted into an event title', () => {
		const root = copy('control-character');
		editData(root, 'events', (events) => {
			first(events).title = `${first(events).title}\u0008`;
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/events.yaml')}: ${first(entries('events')).id}.title: title must not contain control characters`,
		]);
	});

	test('an id that is not a slug', () => {
		const root = copy('bad-id');
		editData(root, 'places', (places) => {
			first(places).id = 'Takab Crash!';
		});
		expect(problems(root)).toEqual([
			`${named(root, 'data/places.yaml')}: Takab Crash!.id: must be lower-case words joined by hyphens`,
		]);
	});
});
