#!/usr/bin/env node
/**
 * Serves a built site the way a static host would: files from `dist/` (or --dir), under the
 * sub-path the site was built for (--base, default BASE_PATH or /), with the headers of its
 * `_headers` file, gzip when the browser accepts it, and `404.html` with status 404 for anything
 * missing. `npm start`, `npm run preview`, the browser tests and the benchmark use it.
 *
 *   node tools/serve.mjs [--dir dist] [--port 4321] [--host 127.0.0.1] [--base /sub/] [--no-gzip]
 *
 * Also importable: `startServer({ dir, port, base })` resolves to `{ url, close }`.
 *
 * Files are served by `serve-static` (the `send` module underneath): it decodes and contains
 * paths, answers malformed ones with 400 and `..` with 403, handles HEAD, ranges, ETags and
 * conditional requests, and destroys each file stream when its response ends or is aborted.
 * `compression` negotiates gzip (q-values, any letter case). What is ours: the sub-path, the
 * `_headers` rules, the 404 page, and refusing symbolic links that lead out of the site, which
 * no static-file library checks.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import compression from 'compression';
import Negotiator from 'negotiator';
import serveStatic from 'serve-static';
import { headersFor, parseHeadersFile } from './lib/headers-file.mjs';
import { checkBasePath, pathInBase } from './lib/site-paths.mjs';

/** Normalises a base path to start and end with a slash, refusing unsafe ones. */
export function normaliseBase(base = '/') {
	return checkBasePath(base, { name: '--base', spaces: true });
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
	const realRoot = realpathSync(root);
	const prefix = normaliseBase(base);
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const files = serveStatic(root, {
		fallthrough: false,
		redirect: true,
		// The default Cache-Control comes from us (below), so _headers can override it.
		cacheControl: false,
	});
	// Range responses stay uncompressed: their byte offsets are those of the file itself.
	const compress = compression({
		filter: (req, res) => !req.headers.range && compression.filter(req, res),
	});

	const server = createServer((request, response) => {
		handle(request, response).catch((error) => {
			console.error(error);
			if (response.headersSent) response.destroy();
			else
				response
					.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
					.end('Server error');
		});
	});

	async function handle(request, response) {
		const url = request.url ?? '/';
		const query = url.indexOf('?');
		const pathname = query < 0 ? url : url.slice(0, query);
		const search = query < 0 ? '' : url.slice(query);

		response.setHeader('Cache-Control', 'no-cache');
		// Matched against the whole request path, as a host does: under a sub-path, the paths in
		// _headers must start with it (docs/deploying.md, "Netlify and Cloudflare Pages").
		for (const [name, value] of Object.entries(headersFor(rules, pathname).headers)) {
			response.setHeader(name, value);
		}
		if (gzip) offerGzipOnly(request);
		await new Promise((next) => (gzip ? compress(request, response, next) : next()));

		const place = pathInBase(pathname, prefix);
		if (place?.bare) {
			// The prefix is ours and checked, so the redirect can never name another host.
			response.writeHead(301, { location: `${encodeURI(prefix)}${search}` }).end();
			return;
		}
		if (!place || (await outsideSite(place.rest))) {
			await notFound(request, response);
			return;
		}
		// serve-static reads the path from `url` and builds folder redirects from `originalUrl`.
		request.originalUrl = url;
		request.url = `${place.rest}${search}`;
		files(request, response, (error) => {
			if (error?.statusCode === 404 || error?.status === 404) {
				notFound(request, response).catch(() => response.destroy());
				return;
			}
			const status = error?.statusCode ?? error?.status ?? 500;
			for (const [name, value] of Object.entries(error?.headers ?? {})) {
				response.setHeader(name, value);
			}
			response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
			response.end(STATUS_CODES[status] ?? 'Error');
		});
	}

	/**
	 * Whether a path names something that is not part of the site: the `_headers` file (a host
	 * reads it, it is not a page), or a file or folder whose real location, after following
	 * symbolic links, is outside the site's folder. Paths that do not decode or do not exist are
	 * left to serve-static, which answers them.
	 */
	async function outsideSite(rest) {
		let decoded;
		try {
			decoded = decodeURIComponent(rest);
		} catch {
			return false;
		}
		if (decoded.includes('\0')) return false;
		const target = join(root, decoded);
		if (target === headersFile) return true;
		let real;
		try {
			real = await realpath(target);
		} catch {
			return false;
		}
		if (real !== realRoot && !real.startsWith(realRoot + sep)) return true;
		// A folder is served through its index.html, which could itself be a link out.
		const info = await stat(real);
		if (!info.isDirectory()) return false;
		const index = await realpath(join(real, 'index.html')).catch(() => undefined);
		return index !== undefined && !index.startsWith(realRoot + sep);
	}

	async function notFound(request, response) {
		const page = await readFile(join(root, '404.html')).catch(() => undefined);
		const type = page ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8';
		const body = page ?? Buffer.from('Not found');
		response.writeHead(404, { 'content-type': type, 'content-length': body.length });
		response.end(request.method === 'HEAD' ? undefined : body);
	}

	return new Promise((done, fail) => {
		server.once('error', fail);
		server.listen(port, host, () => {
			const address = server.address();
			const actual = typeof address === 'object' && address ? address.port : port;
			const url = `http://${host}:${actual}${encodeURI(prefix)}`;
			done({ url, server, close: () => new Promise((closed) => server.close(() => closed())) });
		});
	});
}

/**
 * The budgets are measured in gzip, so the preview offers gzip and nothing else: the request's
 * Accept-Encoding is narrowed, with its q-values, to gzip or identity before `compression`
 * (which would otherwise prefer Brotli) reads it.
 */
function offerGzipOnly(request) {
	if (request.headers['accept-encoding'] === undefined) return;
	const chosen = new Negotiator(request).encoding(['gzip', 'identity']);
	request.headers['accept-encoding'] = chosen === 'gzip' ? 'gzip' : 'identity';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			dir: { type: 'string', default: 'dist' },
			port: { type: 'string', default: process.env.PORT ?? '4321' },
			host: { type: 'string', default: '127.0.0.1' },
			base: { type: 'string', default: process.env.BASE_PATH || '/' },
			'no-gzip': { type: 'boolean', default: false },
		},
	});
	if (!existsSync(join(values.dir, 'index.html'))) {
		console.error(`No built site in ${values.dir}/. Run \`npm run build\` first.`);
		process.exit(1);
	}
	let started;
	try {
		started = await startServer({
			dir: values.dir,
			port: Number(values.port),
			host: values.host,
			base: values.base,
			gzip: !values['no-gzip'],
		});
	} catch (error) {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	}
	console.log(`Serving ${values.dir}/ at ${started.url}  (Ctrl+C to stop)`);
}
