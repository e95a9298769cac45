import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { startServer } from '../../../tools/serve.mjs';

const root = resolve(import.meta.dirname, '../../..');

export interface Served {
	url: string;
	close: () => Promise<void>;
}

/**
 * Builds the site into test-results/builds/<name> with extra environment (BASE_PATH, SITE,
 * CONTENT_DIR…) through the same script as `npm run build`. Returns the folder and the output.
 */
export function buildSite(name: string, env: Record<string, string>) {
	const out = resolve(root, 'test-results/builds', name);
	const result = spawnSync(process.execPath, ['tools/build.mjs', '--out', out], {
		cwd: root,
		env: { ...process.env, ...env },
		encoding: 'utf8',
	});
	return { out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Serves a built folder on a free port, under `base`. */
export function serve(dir: string, base = '/'): Promise<Served> {
	return startServer({ dir, base, port: 0 });
}
