/**
 * Broken content and unsafe settings fail the build with the file and the field named, and lose
 * nothing: each case copies content/, breaks the copy in one way (or sets a bad BASE_PATH),
 * builds it (CONTENT_DIR) into a folder that holds a previous site, and checks the message,
 * that the previous site is byte for byte intact and that no build folder is left behind.
 * These are real builds, one after another under the build lock: only what the build itself
 * does is tested here. Every other kind of broken content is checked in milliseconds, without
 * Astro, by tests/unit/content-files.test.ts.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { DIST } from './support/pages';
import { buildSite } from './support/site';

const root = resolve(import.meta.dirname, '../..');
const content = resolve(root, process.env.CONTENT_DIR ?? 'content');
const firstSection = readdirSync(join(content, 'story'))
	.filter((name) => name.endsWith('.mdx'))
	.sort()[0]!;
const firstPlace = (
	parse(readFileSync(join(content, 'data/places.yaml'), 'utf8')) as Record<string, unknown>[]
)[0]!;
// The place's longest key, misspelt the way a hurried editor would: its second letter dropped.
const placeKey = Object.keys(firstPlace).sort((a, b) => b.length - a.length)[0]!;
const placeTypo = placeKey[0] + placeKey.slice(2);
const UNSAFE = '<script>alert(document.cookie)</script>';

interface BadCase {
	/** What is wrong, as the test title says it. */
	name: string;
	/** The file to break, relative to content/. */
	file?: string;
	edit?: (text: string) => string;
	/** Extra environment for the build. */
	env?: Record<string, string>;
	/** What the message must name: the file, then the field or the setting. */
	names: string;
	/** What the output must say: text it contains, or a pattern it matches. */
	says: (string | RegExp)[];
	/** Text no file of the site may contain afterwards. */
	never?: string;
}

const CASES: BadCase[] = [
	{
		name: 'a place has a misspelt key',
		file: 'data/places.yaml',
		edit: (text) => text.replace(new RegExp(`^(  )${placeKey}:`, 'm'), `$1${placeTypo}:`),
		names: 'content/data/places.yaml',
		says: [
			`places.yaml: ${String(firstPlace.id)}: unknown key "${placeTypo}" (did you mean "${placeKey}"?)`,
		],
	},
	{
		name: 'a section has an MDX syntax error',
		file: `story/${firstSection}`,
		edit: (text) => text.replace('<Step id=', '<Step {id='),
		// MDX errors have no field; the line and column are the place to look.
		names: `content/story/${firstSection}`,
		says: [
			new RegExp(`${firstSection.replace('.', '\\.')}:\\d+:\\d+: MDX syntax: Unexpected character`),
		],
	},
	{
		name: 'a section has a script, a handler and a javascript: link',
		file: `story/${firstSection}`,
		edit: (text) =>
			`${text}\n${UNSAFE}\n\n<span onClick="alert(1)">x</span> [y](javascript:alert(1))\n`,
		names: `content/story/${firstSection}`,
		says: [
			/:\d+:1: <script> is not allowed/,
			/:\d+:1: <span>: the attribute onClick is not allowed/,
			/:\d+:\d+: the link "javascript:alert\(1\)" is not allowed/,
		],
		never: UNSAFE,
	},
	{
		name: 'events.yaml is empty',
		file: 'data/events.yaml',
		edit: () => '',
		names: 'content/data/events.yaml',
		says: [/events\.yaml: the file is empty/],
	},
	{
		name: 'BASE_PATH breaks out of an attribute',
		env: { BASE_PATH: `/a">${UNSAFE}` },
		names: 'BASE_PATH',
		says: [/BASE_PATH .* is refused: "\\"" is not allowed/],
		never: UNSAFE,
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
function prepare(slug: string, file?: string, edit?: (text: string) => string) {
	const work = resolve(root, 'test-results/bad-input', slug);
	rmSync(work, { recursive: true, force: true });
	cpSync(content, join(work, 'content'), { recursive: true });
	if (file && edit) {
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
	// Builds take turns (tools/lib/build-lock.mjs): run these one after another in one worker,
	// leaving the other free for the browser tests instead of waiting for the lock.
	test.describe.configure({ mode: 'default' });
	test.setTimeout(120_000);

	for (const { name, file, edit, env, names, says, never } of CASES) {
		const slug = name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/-$/, '');
		test(`${name}: the build fails naming ${names}, and keeps the previous site`, () => {
			const site = prepare(slug, file, edit);
			const before = snapshot(site.out);
			const build = buildSite(site.name, { CONTENT_DIR: site.content, NO_COLOR: '1', ...env });
			const output = plain(build.output);

			expect(build.status, output).not.toBe(0);
			if (file) expect(output).toContain(`bad-input/${slug}/content/${file}`);
			for (const said of says) {
				if (typeof said === 'string') expect(output).toContain(said);
				else expect(output).toMatch(said);
			}
			// Nothing half-written where the site lives, and no build folder left behind.
			expect(snapshot(site.out)).toEqual(before);
			const siblings = readdirSync(dirname(site.out)).filter((entry) => entry.includes(site.name));
			expect(siblings).toEqual([site.name]);
			if (never) {
				const written = readdirSync(site.out, { recursive: true, encoding: 'utf8' });
				for (const path of written.filter((entry) => /\.(html|js|xml|txt)$/.test(entry))) {
					expect(readFileSync(join(site.out, path), 'utf8'), path).not.toContain(never);
				}
			}
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
