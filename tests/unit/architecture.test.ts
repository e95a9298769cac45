/**
 * The import rules that keep the data flowing one way (content → src/lib → components → client
 * scripts): pure logic never reaches for the DOM side, and browser code never carries content.
 * Imports are read with TypeScript's own pre-processor, not with regular expressions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

interface Rule {
	/** Which files the rule is about, as a test on their path from the project root. */
	applies: (file: string) => boolean;
	/** What they must not import: a module name, or a path from the project root. */
	forbidden: (specifier: string) => boolean;
	why: string;
}

const inside =
	(...folders: string[]) =>
	(path: string) =>
		folders.some((folder) => path === folder || path.startsWith(`${folder}/`));
const isClient = (file: string) => /^src\/(client|charts\/[^/]+\/client)\//.test(file);

const RULES: Rule[] = [
	{
		applies: inside('src/lib'),
		forbidden: (target) =>
			target.startsWith('astro:') ||
			inside(
				'src/components',
				'src/charts',
				'src/client',
				'src/pages',
				'src/layouts',
				'src/story',
			)(target) ||
			isClient(target),
		why: 'src/lib is pure: no Astro, no components, pages, client code or content loading',
	},
	{
		applies: isClient,
		forbidden: (target) =>
			target.startsWith('astro:') ||
			target.startsWith('node:') ||
			inside('content', 'src/story', 'src/data', 'src/pages', 'src/layouts')(target),
		why: 'browser code animates what the server rendered: it never carries content or map data',
	},
];

/** Where an import points: a path from the project root for relative ones, else the module name. */
function target(file: string, specifier: string): string {
	if (!specifier.startsWith('.')) return specifier;
	return relative(root, resolve(root, dirname(file), specifier))
		.split('\\')
		.join('/');
}

/** Every broken rule in one file's source, as `file → import: why`. */
function violations(file: string, source: string): string[] {
	const { importedFiles } = ts.preProcessFile(source, true, true);
	return RULES.filter((rule) => rule.applies(file)).flatMap((rule) =>
		importedFiles
			.map(({ fileName }) => fileName)
			.filter((specifier) => rule.forbidden(target(file, specifier)))
			.map((specifier) => `${file} → ${specifier}: ${rule.why}`),
	);
}

function sources(folder: string): string[] {
	return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.(ts|mts|js|mjs)$/.test(name))
		.map((name) => `${folder}/${name.split('\\').join('/')}`);
}

describe('import rules', () => {
	const files = [...sources('src/lib'), ...sources('src/client'), ...sources('src/charts')];

	test('the rules see the project: pure and client files exist', () => {
		expect(files.filter(inside('src/lib')).length).toBeGreaterThan(10);
		expect(files.filter(isClient).length).toBeGreaterThan(3);
	});

	test.each(files.filter((file) => RULES.some((rule) => rule.applies(file))))('%s', (file) => {
		expect(violations(file, readFileSync(join(root, file), 'utf8'))).toEqual([]);
	});

	test('a deliberate bad import is caught, in each direction', () => {
		const pure = "import { loadStory } from '../../story/load';\nimport { x } from './ok';";
		expect(violations('src/lib/geo/bad.ts', pure)).toEqual([
			'src/lib/geo/bad.ts → ../../story/load: src/lib is pure: no Astro, no components, pages, client code or content loading',
		]);
		const astro = "const c = await import('astro:content');";
		expect(violations('src/lib/bad.ts', astro)).toHaveLength(1);
		const client = "import places from '../../../../content/data/places.yaml';";
		expect(violations('src/charts/map/client/bad.ts', client)).toHaveLength(1);
		expect(violations('src/client/bad.ts', "import { readFileSync } from 'node:fs';")).toHaveLength(
			1,
		);
	});
});
