#!/usr/bin/env node
/**
 * `npm run build`: builds into a fresh temporary folder and only then swaps it into place, so a
 * failed build (bad content, a syntax error) leaves the previous `dist/` whole instead of
 * half-written.
 *
 *   node tools/build.mjs [--out dist]
 *
 * BASE_PATH, SITE and CONTENT_DIR are read by astro.config.mjs and src/content.config.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, renameSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { withBuildLock } from './lib/build-lock.mjs';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = resolve(values.out);
const staging = resolve(dirname(out), `.${out.split('/').pop()}-building`);
const retired = resolve(dirname(out), `.${out.split('/').pop()}-previous`);

rmSync(staging, { recursive: true, force: true });
const astro = resolve('node_modules/.bin/astro');
// Start the content store afresh. It caches each entry with the path of the file it came from,
// so after a build from another CONTENT_DIR (the bad-input tests) a normal build would still
// import that folder's MDX, and fail once it is gone. Rebuilding the store takes well under a
// second. Removing the store (in Astro's cacheDir) does what `astro build --force` does, without
// its "data store cleared" warning on every build.
const result = withBuildLock(() => {
	rmSync(resolve('node_modules/.astro/data-store.json'), { force: true });
	return spawnSync(astro, ['build', '--outDir', staging], {
		stdio: 'inherit',
		env: { ASTRO_TELEMETRY_DISABLED: '1', ...process.env },
	});
});

if (result.status !== 0) {
	rmSync(staging, { recursive: true, force: true });
	console.error(
		`\nBuild failed${existsSync(out) ? `; the previous ${values.out}/ is unchanged` : ''}.`,
	);
	process.exit(result.status ?? 1);
}

rmSync(retired, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, retired);
renameSync(staging, out);
rmSync(retired, { recursive: true, force: true });
console.log(`Built into ${values.out}/`);
