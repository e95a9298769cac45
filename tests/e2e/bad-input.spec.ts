/**
 * Bad content fails the build with the file and the field named, and loses nothing: each case
 * copies content/, breaks the copy in one way, builds it (CONTENT_DIR) into a folder that holds
 * a previous site, and checks the message and that the previous site is byte for byte intact.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DIST } from './support/pages';
import { buildSite } from './support/site';

const root = resolve(import.meta.dirname, '../..');

interface BadCase {
	/** What is wrong, as the test title says it. */
	name: string;
	/** The file to break, relative to content/. */
	file: string;
	edit: (text: string) => string;
	/** What the message must say besides the file: the field, and the entry where a file holds many. */
	says: RegExp[];
}

const CASES: BadCase[] = [
	{
		name: 'a section cites an unknown source id',
		file: 'story/02-caspian-launch.mdx',
		edit: (text) => text.replace('sources:\n', 'sources:\n  - no-such-source\n'),
		says: [/sources\[0\]: unknown source id "no-such-source"/],
	},
	{
		name: 'a section has no title',
		file: 'story/02-caspian-launch.mdx',
		edit: (text) => text.replace(/^title: .*\n/m, ''),
		says: [/\btitle: title is required/],
	},
	{
		name: 'a step has no scene',
		file: 'story/02-caspian-launch.mdx',
		edit: (text) => text.replace(/^    scene: .*\n/m, ''),
		says: [/steps\.0\.scene\b.*Required/s],
	},
	{
		name: 'two steps share an id',
		file: 'story/02-caspian-launch.mdx',
		edit: (text) => text.replace('  - id: caspian-route', '  - id: caspian-ships'),
		says: [/steps\.1\.id: duplicate step id "caspian-ships"/],
	},
	{
		name: 'a section has an empty steps list',
		file: 'story/04-nato-reaction.mdx',
		edit: (text) => text.replace(/^steps:\n(?: {2}.*\n)+/m, 'steps: []\n'),
		says: [/\bsteps: a section needs at least one step/],
	},
	{
		name: 'a section has an MDX syntax error',
		file: 'story/03-iran-impact.mdx',
		edit: (text) => text.replace('<Step id=', '<Step {id='),
		// MDX errors have no field; the line and column are the place to look.
		says: [/03-iran-impact\.mdx:\d+:\d+/, /Unexpected character/],
	},
	{
		name: 'a quotation in the text loses its citation',
		file: 'story/02-caspian-launch.mdx',
		// The first line of the text that quotes someone and cites a source, without its <Cite>s.
		edit: (text) => text.replace(/^(?!.*<Step)(.*"[^"<]+".*?)(<Cite [^>]*\/>)+(.*)$/m, '$1$3'),
		says: [/body paragraph \d+: quotation "[^"]+" is not cited: add a <Cite/],
	},
	{
		name: 'a place note quotes words without a source',
		file: 'data/places.yaml',
		edit: (text) => text.replace(/^( {2}note: \S+ )(\S+)/m, '$1"$2"'),
		says: [/[a-z-]+\.note: quotation "\S+" is not cited: the entry lists no sources/],
	},
	{
		name: 'a place has a latitude of 95',
		file: 'data/places.yaml',
		edit: (text) => text.replace(/^( {2}lat: ).*$/m, '$195'),
		says: [/places → \S+ data does not match/, /\blat: latitude must be between -90 and 90/],
	},
	{
		name: 'an event is dated 2015-13-01',
		file: 'data/events.yaml',
		edit: (text) => text.replace(/^( {2}date: ).*$/m, "$1'2015-13-01'"),
		says: [/events → \S+ data does not match/, /\bdate: must be a real date/],
	},
	{
		name: 'an event has an unknown category',
		file: 'data/events.yaml',
		edit: (text) => text.replace(/^( {2}category: ).*$/m, '$1naval'),
		says: [/events → \S+ data does not match/, /\bcategory: Invalid option/],
	},
	{
		name: "an event's source does not exist",
		file: 'data/events.yaml',
		edit: (text) => text.replace(/^( {2}sources: ).*$/m, '$1[no-such-source]'),
		says: [
			/entry "[a-z0-9-]+" in collection "events"/,
			/sources\[0\]: unknown source id "no-such-source"/,
		],
	},
	{
		name: 'an event has no sources',
		file: 'data/events.yaml',
		edit: (text) => text.replace(/^ {2}sources: .*\n/m, ''),
		says: [/events → \S+ data does not match/, /\bsources\b.*Required/],
	},
];

/** Every file under a folder with a hash of its bytes, to tell whether anything changed. */
function snapshot(dir: string): Record<string, string> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) =>
		entry.isFile(),
	);
	return Object.fromEntries(
		files.map((entry) => {
			const path = join(entry.parentPath, entry.name);
			return [path.slice(dir.length), createHash('sha1').update(readFileSync(path)).digest('hex')];
		}),
	);
}

/** A copy of content/ with one file changed by `edit`, and a previous site where the build will write. */
function prepare(slug: string, file: string | undefined, edit: (text: string) => string) {
	const work = resolve(root, 'test-results/bad-input', slug);
	rmSync(work, { recursive: true, force: true });
	cpSync(resolve(root, 'content'), join(work, 'content'), { recursive: true });
	if (file) {
		const path = join(work, 'content', file);
		const before = readFileSync(path, 'utf8');
		const after = edit(before);
		expect(after, `the edit did not change ${file}`).not.toBe(before);
		writeFileSync(path, after);
	}
	const name = `bad-${slug}`;
	const out = resolve(root, 'test-results/builds', name);
	rmSync(out, { recursive: true, force: true });
	cpSync(DIST, out, { recursive: true });
	writeFileSync(join(out, 'previous-build.txt'), `the site that was here before ${slug}\n`);
	return { name, content: join(work, 'content'), out };
}

const plain = (output: string) => output.replace(/\x1b\[[0-9;]*m/g, '');

test.describe('bad content', () => {
	// Builds take turns (scripts/lib/build-lock.mjs): run these one after another in one worker,
	// leaving the other free for the browser tests instead of waiting for the lock.
	test.describe.configure({ mode: 'default' });
	test.setTimeout(120_000);

	for (const { name, file, edit, says } of CASES) {
		const slug = name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/-$/, '');
		test(`${name}: the build fails naming ${file} and the field, and keeps the previous site`, () => {
			const site = prepare(slug, file, edit);
			const before = snapshot(site.out);
			const build = buildSite(site.name, { CONTENT_DIR: site.content, NO_COLOR: '1' });
			const output = plain(build.output);

			expect(build.status, output).not.toBe(0);
			expect(output).toContain(`bad-input/${slug}/content/${file}`);
			for (const pattern of says) expect(output).toMatch(pattern);
			// Nothing half-written where the site lives, and no build folder left behind.
			expect(snapshot(site.out)).toEqual(before);
			const siblings = readdirSync(dirname(site.out)).filter((entry) => entry.includes(site.name));
			expect(siblings).toEqual([site.name]);
		});
	}

	test('an unbroken copy builds, and replaces the previous site whole', () => {
		const site = prepare('unbroken', undefined, (text) => text);
		const build = buildSite(site.name, { CONTENT_DIR: site.content, NO_COLOR: '1' });
		expect(build.status, plain(build.output)).toBe(0);
		expect(existsSync(join(site.out, 'previous-build.txt'))).toBe(false);
		expect(snapshot(site.out)).toEqual(snapshot(DIST));
	});
});
