import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../../tools/serve.mjs';
import { builtPages, DIST } from '../../e2e/support/pages';
import { probeScript } from './probe';

/** The built site as one engine sees it. */
export interface Site {
	/** The site's root URL, with a trailing slash. */
	url: string;
	/** A tag that loads the error probe from the site, for pages the tests write themselves ('' where the engine injects it). */
	probeTag: string;
	close: () => Promise<void>;
}

const PROBE_FILE = '__engines-probe.js';

/** Serves dist/ as built, for engines that inject the probe themselves. */
export async function serveBuild(): Promise<Site> {
	const server = await startServer({ dir: DIST, port: 0 });
	return { url: server.url, probeTag: '', close: server.close };
}

/**
 * Serves a copy of dist/ in which every page loads the probe first: a `<script src>` as the
 * first child of `<head>`, before the security policy's `<meta>` and any of the page's own
 * scripts. Nothing else changes; the probe is a same-origin file, which the policy allows.
 */
export async function serveInstrumentedBuild(): Promise<Site> {
	const dir = await mkdtemp(join(tmpdir(), 'engines-site-'));
	await cp(DIST, dir, { recursive: true });
	await writeFile(join(dir, PROBE_FILE), probeScript());
	const tag = `<script src="/${PROBE_FILE}"></script>`;
	for (const page of builtPages(dir)) {
		const html = await readFile(page.file, 'utf8');
		if (!/<head>/i.test(html)) throw new Error(`${page.file} has no <head> to put the probe in`);
		await writeFile(
			page.file,
			html.replace(/<head>/i, (head) => head + tag),
		);
	}
	const server = await startServer({ dir, port: 0 });
	return {
		url: server.url,
		probeTag: `<script src="${server.url}${PROBE_FILE}"></script>`,
		close: async () => {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		},
	};
}

/**
 * Serves one HTML page from a folder of its own on another site: the story is served from
 * 127.0.0.1 and this page from `localhost` on another port, so the two are neither same-origin
 * nor same-site, as a newsroom's page and ours would be. `files` are served beside it.
 */
export async function serveHostPage(
	html: string,
	files: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
	const dir = await mkdtemp(join(tmpdir(), 'engines-host-'));
	await writeFile(join(dir, 'index.html'), html);
	for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
	const server = await startServer({ dir, port: 0 });
	return {
		url: server.url.replace('//127.0.0.1:', '//localhost:'),
		close: async () => {
			await server.close();
			await rm(dir, { recursive: true, force: true });
		},
	};
}
