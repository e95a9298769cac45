import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../../../tools/serve.mjs';

const root = resolve(import.meta.dirname, '../../..');

const BUILDS = resolve(root, 'test-results/builds');
/** Where the builds shared by several specs go; emptied when a run starts (global-setup.ts). */
export const SHARED_BUILDS = resolve(BUILDS, 'shared');

export interface Build {
	out: string;
	status: number | null;
	output: string;
}

export interface Served {
	url: string;
	close: () => Promise<void>;
}

/**
 * Builds the site into test-results/builds/<name> with extra environment (BASE_PATH, SITE,
 * CONTENT_DIR…) through the same script as `npm run build`. Returns the folder and the output.
 */
export function buildSite(name: string, env: Record<string, string>): Build {
	const out = resolve(BUILDS, name);
	const result = spawnSync(process.execPath, ['tools/build.mjs', '--out', out], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
	return { out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** The publisher's site the publishing specs share: on its own domain, under a sub-path. */
export const PUBLISHED = { SITE: 'https://example.org', BASE_PATH: '/stories/missiles/' } as const;

/**
 * `PUBLISHED`, built once per run for every spec and worker that asks: four specs read the same
 * publisher's build, and each build holds the checkout's build lock for several seconds while
 * the other worker's builds wait. The first caller claims it and builds; the others wait for
 * its result, a failure included.
 */
export async function publishedBuild(): Promise<Build> {
	const claim = resolve(SHARED_BUILDS, 'published.claim');
	const result = resolve(claim, 'result.json');
	mkdirSync(SHARED_BUILDS, { recursive: true });
	try {
		mkdirSync(claim);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		const end = Date.now() + 180_000;
		while (!existsSync(result)) {
			if (Date.now() > end) throw new Error(`${claim} is claimed but no build came of it`);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		return JSON.parse(readFileSync(result, 'utf8')) as Build;
	}
	const build = buildSite('shared/published', PUBLISHED);
	// Written whole, then renamed, so a waiting worker never reads half of it.
	writeFileSync(`${result}.part`, JSON.stringify(build));
	renameSync(`${result}.part`, result);
	return build;
}

/** Serves a built folder on a free port, under `base`. */
export function serve(dir: string, base = '/'): Promise<Served> {
	return startServer({ dir, base, port: 0 });
}
