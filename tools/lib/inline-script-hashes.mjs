/**
 * CSP hashes for the `<script is:inline>` blocks in src/. Astro's security.csp hashes the scripts
 * it processes, but leaves is:inline ones (kept inline on purpose, to run before first paint)
 * out of the policy; astro.config.mjs adds these instead. The content between the tags is what
 * lands in the page unchanged, so its hash is the one the browser computes. tests/e2e/csp.spec.ts
 * checks every inline script of every built page against its policy.
 *
 *   import { inlineScriptHashes } from './scripts/lib/inline-script-hashes.mjs';
 *   security: { csp: { scriptDirective: { hashes: inlineScriptHashes('src') } } }
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `sha256-…` for each distinct is:inline script in the .astro files under `dir`. */
export function inlineScriptHashes(dir = 'src') {
	const hashes = new Set();
	const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.astro'),
	);
	for (const file of files) {
		const source = readFileSync(join(dir, file), 'utf8');
		for (const match of source.matchAll(/<script\b[^>]*\bis:inline\b[^>]*>([\s\S]*?)<\/script>/g)) {
			hashes.add(`sha256-${createHash('sha256').update(match[1]).digest('base64')}`);
		}
	}
	return [...hashes].sort();
}
