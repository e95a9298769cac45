#!/usr/bin/env node
/**
 * `postinstall`: one line at the end of `npm install` saying which Node runs this project's
 * scripts, and that npm's warnings were hidden and how to see them.
 *
 * Why it is needed: .npmrc sets `loglevel=error`, because npm running on an older system Node
 * (20, say) prints about 90 EBADENGINE warnings, one per package that wants Node 22 or 24, before
 * the project's own Node 24 (the `node` devDependency) is even installed. Every npm script runs
 * on that Node 24, so the warnings describe a situation that never happens here; but a hidden
 * warning must be findable, so this says how. npm runs this script with the project's Node,
 * and tells it (npm_node_execpath) which Node npm itself ran on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const wanted = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines
	.node;
const npmNode = (() => {
	try {
		const path = process.env.npm_node_execpath;
		return path ? execFileSync(path, ['--version'], { encoding: 'utf8' }).trim() : undefined;
	} catch {
		return undefined;
	}
})();
const other = npmNode && npmNode !== process.version ? `, not npm's ${npmNode}` : '';

console.log(
	`Installed. npm scripts here run on the project's own Node ${process.version} (engines: ${wanted})${other}. ` +
		'npm warnings are hidden by .npmrc (loglevel=error); to see them: npm install --loglevel=warn',
);
