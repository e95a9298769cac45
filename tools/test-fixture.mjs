#!/usr/bin/env node
/**
 * `npm run test:fixture`: the generic tests, run against every other story under
 * tests/fixtures/<name>/content. Each is checked (the content unit tests), built into
 * test-results/fixtures/<name>/, and put through the browser specs, which read what they expect
 * from that story's content (CONTENT_DIR) and skip what pins facts of ours (@this-story).
 *
 *   node tools/test-fixture.mjs [fixture name] [-- extra Playwright arguments]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES = 'tests/fixtures';
// The unit tests that take their story from CONTENT_DIR; the rest test code on made-up input.
const CONTENT_UNIT_TESTS = [
	'tests/unit/check-story.test.ts',
	'tests/unit/content-files.test.ts',
	'tests/unit/quotations.test.ts',
];

const split = process.argv.indexOf('--');
const names = (split < 0 ? process.argv.slice(2) : process.argv.slice(2, split)).filter(Boolean);
const extra = split < 0 ? [] : process.argv.slice(split + 1);
const fixtures = names.length
	? names
	: readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'content')));

const bin = (name) => resolve('node_modules/.bin', name);
const run = (command, args, env) => {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	if (result.status !== 0) process.exit(result.status ?? 1);
};

for (const name of fixtures) {
	const content = join(FIXTURES, name, 'content');
	if (!existsSync(content)) {
		console.error(`No story in ${content}/ (known: ${readdirSync(FIXTURES).join(', ')})`);
		process.exit(1);
	}
	const dist = join('test-results/fixtures', name);
	console.log(`\nThe generic tests, with the story in ${content}/`);
	run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts', ...CONTENT_UNIT_TESTS], {
		CONTENT_DIR: content,
	});
	run(process.execPath, ['tools/build.mjs', '--out', dist], {
		CONTENT_DIR: content,
		SITE: '',
		BASE_PATH: '/',
	});
	run(bin('playwright'), ['test', '--config', 'tests/playwright.config.ts', ...extra], {
		CONTENT_DIR: content,
		DIST_DIR: dist,
	});
}
