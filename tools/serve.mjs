#!/usr/bin/env node
/**
 * Serves a built site the way a plain static host would: files from `dist/` (or --dir), under
 * the sub-path the site was built for (--base, default BASE_PATH or /), gzip when the browser
 * asks, `404.html` for anything missing. `npm start` and the browser tests use it.
 *
 *   node tools/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /sub/] [--no-gzip]
 *
 * Also importable: `startServer({ dir, port, base })` resolves to `{ url, close }`.
 */
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.geojson': 'application/geo+json',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|geo\+json|xml|manifest)|image\/svg)/;

/** Normalises a base path to start and end with a slash. */
export function normaliseBase(base = '/') {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Starts a static server; resolves once it listens. */
export function startServer({
	dir = 'dist',
	port = 0,
	host = '127.0.0.1',
	base = '/',
	gzip = true,
} = {}) {
	const root = resolve(dir);
	const prefix = normaliseBase(base);

	const server = createServer(async (request, response) => {
		const { pathname } = new URL(request.url ?? '/', 'http://localhost');
		let file;
		if (pathname === prefix.slice(0, -1)) {
			response.writeHead(301, { location: prefix }).end();
			return;
		}
		if (pathname.startsWith(prefix)) {
			file = await resolveFile(root, decodeURIComponent(pathname.slice(prefix.length)));
		}
		if (file?.redirect) {
			response.writeHead(301, { location: `${pathname}/` }).end();
			return;
		}
		const status = file ? 200 : 404;
		file ??= existsSync(join(root, '404.html')) ? { path: join(root, '404.html') } : undefined;
		if (!file) {
			response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const type = TYPES[extname(file.path)] ?? 'application/octet-stream';
		const headers = { 'content-type': type, 'cache-control': 'no-cache' };
		const zip =
			gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
		if (zip) {
			headers['content-encoding'] = 'gzip';
			headers.vary = 'accept-encoding';
		}
		response.writeHead(status, headers);
		if (request.method === 'HEAD') {
			response.end();
			return;
		}
		const stream = createReadStream(file.path);
		(zip ? stream.pipe(createGzip()) : stream).pipe(response);
	});

	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const url = `http://${host}:${typeof address === 'object' && address ? address.port : port}${prefix}`;
			done({ url, server, close: () => new Promise((closed) => server.close(() => closed())) });
		});
	});
}

/** Maps a request path to a file under root, never outside it. */
async function resolveFile(root, relative) {
	const candidate = normalize(join(root, relative));
	if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
	const info = await stat(candidate).catch(() => undefined);
	if (info?.isFile()) return { path: candidate };
	if (info?.isDirectory()) {
		if (relative !== '' && !relative.endsWith('/')) return { path: candidate, redirect: true };
		const index = join(candidate, 'index.html');
		if (existsSync(index)) return { path: index };
	}
	return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			port: { type: 'string', default: process.env.PORT ?? '4321' },
			host: { type: 'string', default: '127.0.0.1' },
			base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
			'no-gzip': { type: 'boolean', default: false },
		},
	});
	if (!existsSync(join(values.dir, 'index.html'))) {
		console.error(`No built site in ${values.dir}/. Run \`npm run build\` first.`);
		process.exit(1);
	}
	const { url } = await startServer({
		dir: values.dir,
		port: Number(values.port),
		host: values.host,
		base: values.base,
		gzip: !values['no-gzip'],
	});
	console.log(`Serving ${values.dir}/ at ${url}  (Ctrl+C to stop)`);
}
