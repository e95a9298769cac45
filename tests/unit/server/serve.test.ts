/**
 * The preview server against hostile and careless requests, each sent to the real server process
 * (`node tools/serve.mjs`, what `npm start` and `npm run preview` run). After every case the
 * server must still answer: no request may stop it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
	FIXTURE,
	get,
	rawGet,
	startServeProcess,
	writeFixtureSite,
	type ServeProcess,
} from './serve-process';

const folder = mkdtempSync(join(tmpdir(), 'serve-test-'));
const site = writeFixtureSite(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let server: ServeProcess;
beforeAll(async () => {
	server = await startServeProcess(site);
});
afterAll(() => server.stop());
afterEach(async () => {
	const probe = await get(server.port, '/').catch((error: Error) => error);
	const output = server.output();
	const answered = !(probe instanceof Error) && probe.status === 200 && server.alive();
	// Judge each case on its own: a server that stopped is started again for the next one.
	if (!answered) {
		await server.stop();
		server = await startServeProcess(site);
	}
	expect(answered, `the server stopped answering:\n${output}`).toBe(true);
});

const text = (body: Buffer) => body.toString('utf8');

describe('malformed and hostile paths', () => {
	test.each(['/%', '/%zz', '/%E0%A4%A', '/a%', '/%%', '/%u0041', '/embed/%ff%fe/'])(
		'%s is answered with an error status, and the server keeps serving',
		async (path) => {
			const reply = await get(server.port, path);
			expect(reply.status).toBeGreaterThanOrEqual(400);
			expect(reply.status).toBeLessThan(500);
		},
	);

	test.each([
		'/../secret/passwd.txt',
		'/../../secret/passwd.txt',
		'/%2e%2e/secret/passwd.txt',
		'/%2E%2E/secret/passwd.txt',
		'/.%2e/secret/passwd.txt',
		'/..%2fsecret%2fpasswd.txt',
		'/..%2Fsecret/passwd.txt',
		'/..%5csecret%5cpasswd.txt',
		'/..\\secret\\passwd.txt',
		'/%252e%252e/secret/passwd.txt',
		'/%c0%ae%c0%ae/secret/passwd.txt',
		'/embed/../../secret/passwd.txt',
		'//../secret/passwd.txt',
	])('%s does not leave the site', async (path) => {
		const reply = await get(server.port, path);
		expect(text(reply.body)).not.toContain(FIXTURE.secret);
		expect(reply.status).not.toBe(200);
	});

	test.each([
		['a NUL byte', Buffer.from('/index.html\0.txt', 'latin1')],
		['an encoded NUL byte', '/index.html%00'],
		['an encoded NUL byte in a folder', '/%00/index.html'],
		['raw UTF-8', Buffer.from('/café/', 'utf8')],
		['a raw space', '/a b/'],
		['a tab', '/a\tb'],
		['a path of 10,000 characters', `/${'a/'.repeat(5000)}`],
		['a path of 100,000 characters', `/${'%2e'.repeat(33_000)}`],
	])('a request with %s gets an answer, not a crash', async (_, path) => {
		const status = await rawGet(server.port, path);
		expect(status).toBeGreaterThanOrEqual(400);
	});

	test('a symbolic link out of the site is not followed, to a folder or a file', async () => {
		for (const path of ['/outside-dir/passwd.txt', '/outside-file.txt', '/outside-dir/']) {
			const reply = await get(server.port, path);
			expect(reply.status, path).toBe(404);
			expect(text(reply.body), path).not.toContain(FIXTURE.secret);
		}
	});

	test('a symbolic link within the site is served', async () => {
		const reply = await get(server.port, '/inside-link.html');
		expect(reply.status).toBe(200);
		expect(text(reply.body)).toBe(FIXTURE.index);
	});
});

describe('redirects', () => {
	test('a folder without its slash redirects to it, keeping the query', async () => {
		const reply = await get(server.port, '/embed/map/caspian-launch?theme=dark&x=%22');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/embed/map/caspian-launch/?theme=dark&x=%22');
	});

	test.each(['//embed/map/caspian-launch', '///embed/map/caspian-launch?theme=dark', '/\\embed'])(
		'%s never redirects to another host',
		async (path) => {
			const reply = await get(server.port, path);
			const location = reply.headers.location ?? '';
			expect(location).not.toMatch(/^(\/\/|\/\\|\\|[a-z]+:)/i);
		},
	);
});

describe('compression', () => {
	test.each([
		['gzip', 'gzip'],
		['GZIP', 'gzip'],
		['deflate, gzip;q=0.5', 'gzip'],
		['gzip;q=0', undefined],
		['gzip; q=0.000', undefined],
		['identity', undefined],
		['br', undefined],
		['*', 'gzip'],
		['', undefined],
	])('Accept-Encoding "%s" gets %s', async (accept, encoding) => {
		const reply = await get(server.port, '/', accept ? { 'accept-encoding': accept } : {});
		expect(reply.status).toBe(200);
		expect(reply.headers['content-encoding']).toBe(encoding);
		expect(reply.headers.vary?.toLowerCase()).toContain('accept-encoding');
		const body = encoding ? gunzipSync(reply.body) : reply.body;
		expect(text(body)).toBe(FIXTURE.index);
	});
});

describe('methods and conditional requests', () => {
	test('HEAD sends the headers of GET and no body', async () => {
		const reply = await get(server.port, '/', {}, 'HEAD');
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toMatch(/^text\/html/);
		expect(reply.body.length).toBe(0);
	});

	test.each(['DELETE', 'PUT', 'POST', 'OPTIONS', 'PATCH'])('%s is refused', async (method) => {
		const reply = await get(server.port, '/', {}, method);
		expect(reply.status).toBe(405);
		expect(reply.headers.allow).toBe('GET, HEAD');
	});

	test.each(['BREW', 'M-SEARCH', 'GET\u0000'])(
		'the unknown method %j is refused',
		async (method) => {
			const status = await rawGet(server.port, '/', { method });
			expect(status).toBeGreaterThanOrEqual(400);
			expect(status).toBeLessThan(500);
		},
	);

	test('If-None-Match with the ETag gets 304 and no body', async () => {
		const first = await get(server.port, '/');
		expect(first.headers.etag).toBeTruthy();
		const again = await get(server.port, '/', { 'if-none-match': first.headers.etag! });
		expect(again.status).toBe(304);
		expect(again.body.length).toBe(0);
	});

	test('a Range gets those bytes; an impossible one gets 416, a nonsense one the whole file', async () => {
		const part = await get(server.port, '/big.bin', { range: 'bytes=10-19' });
		expect(part.status).toBe(206);
		expect(part.body.length).toBe(10);
		expect(part.headers['content-range']).toBe(`bytes 10-19/${FIXTURE.bigBytes}`);
		for (const range of ['bytes=19-10', `bytes=${FIXTURE.bigBytes}-`, 'bytes=99999999999-']) {
			const reply = await get(server.port, '/big.bin', { range });
			expect(reply.status, range).toBe(416);
		}
		for (const range of ['bytes=abc', 'pages=1-2', 'bytes=--1']) {
			const reply = await get(server.port, '/big.bin', { range });
			expect(reply.status, range).toBe(200);
			expect(reply.body.length, range).toBe(FIXTURE.bigBytes);
		}
	});

	test('a Range of a compressible file is answered uncompressed, so the bytes are the ones asked for', async () => {
		const reply = await get(server.port, '/', { range: 'bytes=0-14', 'accept-encoding': 'gzip' });
		expect(reply.status).toBe(206);
		expect(reply.headers['content-encoding']).toBeUndefined();
		expect(text(reply.body)).toBe(FIXTURE.index.slice(0, 15));
	});
});

describe('the site', () => {
	test('a missing page gets the 404 page with status 404', async () => {
		const reply = await get(server.port, '/no/such/page/');
		expect(reply.status).toBe(404);
		expect(text(reply.body)).toBe(FIXTURE.notFound);
		expect(reply.headers['content-type']).toMatch(/^text\/html/);
		const head = await get(server.port, '/no/such/page/', {}, 'HEAD');
		expect(head.status).toBe(404);
		expect(head.body.length).toBe(0);
	});

	test('the _headers rules are sent, each on the paths it names', async () => {
		const home = await get(server.port, '/');
		expect(home.headers['x-frame-options']).toBe('SAMEORIGIN');
		expect(home.headers['x-content-type-options']).toBe('nosniff');
		expect(home.headers['cache-control']).toBe('no-cache');
		const embed = await get(server.port, '/embed/map/caspian-launch/');
		expect(embed.headers['x-frame-options']).toBeUndefined();
		expect(embed.headers['x-content-type-options']).toBe('nosniff');
		const asset = await get(server.port, '/_astro/story.js');
		expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(asset.headers['content-type']).toMatch(/^text\/javascript/);
	});

	test('the _headers file itself is not served', async () => {
		for (const path of ['/_headers', '/%5Fheaders', '/_headers/']) {
			expect((await get(server.port, path)).status, path).toBe(404);
		}
	});
});

describe.each([
	['a space', '/my site/', '/my%20site/'],
	['non-ASCII', '/café/', '/caf%C3%A9/'],
	['non-ASCII, encoded in lower case', '/café/', '/caf%c3%a9/'],
	['a plain sub-path', '/explainer/', '/explainer/'],
])('under a --base with %s', (_, base, requested) => {
	let sub: ServeProcess;
	beforeAll(async () => {
		sub = await startServeProcess(site, ['--base', base]);
	});
	afterAll(() => sub.stop());

	test('prints its URL with the base, and serves the site there', async () => {
		expect(new URL(sub.url).pathname.toLowerCase()).toBe(encodeURI(base).toLowerCase());
		const home = await get(sub.port, requested);
		expect(home.status).toBe(200);
		expect(text(home.body)).toBe(FIXTURE.index);
		expect((await get(sub.port, `${requested}embed/map/caspian-launch/`)).status).toBe(200);
	});

	test('the base without its slash redirects into it, keeping the query', async () => {
		const reply = await get(sub.port, `${requested.slice(0, -1)}?theme=dark`);
		expect(reply.status).toBe(301);
		expect(decodeURI(reply.headers.location!)).toBe(`${base}?theme=dark`);
	});

	test('a folder redirect keeps the base and the query', async () => {
		const reply = await get(sub.port, `${requested}embed/map/caspian-launch?theme=dark`);
		expect(reply.status).toBe(301);
		expect(decodeURI(reply.headers.location!)).toBe(`${base}embed/map/caspian-launch/?theme=dark`);
	});

	test('outside the base is the 404 page', async () => {
		const reply = await get(sub.port, '/index.html');
		expect(reply.status).toBe(404);
		expect(text(reply.body)).toBe(FIXTURE.notFound);
	});
});
