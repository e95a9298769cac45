/**
 * The preview server as `npm start` and `npm run preview` run it: `node tools/serve.mjs` in a
 * child process of its own, so a crash, a leaked descriptor or a hang shows in that process and
 * not in the test runner. Requests go over raw sockets where Node's own client would refuse the
 * path (NUL bytes, spaces, raw UTF-8), so the server sees exactly the bytes an attacker sends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

/** A running server process. */
export interface ServeProcess {
	/** The URL it printed, e.g. `http://127.0.0.1:40123/sub/`. */
	url: string;
	port: number;
	pid: number;
	/** Everything it printed so far. */
	output: () => string;
	/** Whether it is still running. */
	alive: () => boolean;
	/** How many files it has open, from /proc/<pid>/fd. */
	openFiles: () => number;
	stop: () => Promise<void>;
}

/**
 * Starts `node tools/serve.mjs --dir <dir> --port 0 [args]` and waits for it to print its URL.
 * `fileLimit` runs it under `ulimit -n`, so a leak of descriptors ends in EMFILE quickly.
 */
export function startServeProcess(
	dir: string,
	args: string[] = [],
	{ fileLimit }: { fileLimit?: number } = {},
): Promise<ServeProcess> {
	const command = [process.execPath, 'tools/serve.mjs', '--dir', dir, '--port', '0', ...args];
	// `exec` keeps the pid: the shell becomes the server, so /proc/<pid> is the server's.
	const child: ChildProcess = fileLimit
		? spawn('sh', ['-c', `ulimit -n ${fileLimit} && exec "$@"`, 'sh', ...command], { cwd: root })
		: spawn(command[0]!, command.slice(1), { cwd: root });
	let output = '';
	let exited = false;
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exit = new Promise<void>((done) => child.once('exit', () => ((exited = true), done())));

	return new Promise((done, fail) => {
		const onData = () => {
			const match = /at (http:\/\/\S+)/.exec(output);
			if (!match) return;
			child.stdout!.off('data', onData);
			const url = match[1]!;
			done({
				url,
				port: Number(new URL(url).port),
				pid: child.pid!,
				output: () => output,
				alive: () => !exited,
				openFiles: () => readdirSync(`/proc/${child.pid}/fd`).length,
				stop: async () => {
					if (!exited) child.kill('SIGTERM');
					await exit;
				},
			});
		};
		child.stdout!.on('data', onData);
		void exit.then(() => fail(new Error(`the server exited before listening:\n${output}`)));
	});
}

/** A response, as far as the tests read it. */
export interface Reply {
	status: number;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** One request with Node's client (no keep-alive); the path is sent as given, not normalised. */
export function get(
	port: number,
	path: string,
	headers: Record<string, string> = {},
	method = 'GET',
): Promise<Reply> {
	return new Promise((done, fail) => {
		const req = request(
			{ host: '127.0.0.1', port, path, method, headers: { connection: 'close', ...headers } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					done({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
				);
			},
		);
		req.on('error', fail);
		req.end();
	});
}

/**
 * Sends `GET <target>` (or another method) as raw bytes and resolves with the status code (0 if the server closed the
 * connection without answering). With `abort`, destroys the socket as soon as the first body
 * bytes arrive, the way a reader closing a tab mid-download does.
 */
export function rawGet(
	port: number,
	target: Buffer | string,
	{
		abort = false,
		headers = '',
		method = 'GET',
	}: { abort?: boolean; headers?: string; method?: string } = {},
): Promise<number> {
	return new Promise((done) => {
		const socket = connect(port, '127.0.0.1');
		let received = Buffer.alloc(0);
		let status = 0;
		const finish = () => done(status);
		socket.on('data', (chunk: Buffer) => {
			received = Buffer.concat([received, chunk]);
			const text = received.toString('latin1');
			status ||= Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
			const bodyStarts = text.indexOf('\r\n\r\n');
			if (abort && bodyStarts >= 0 && received.length > bodyStarts + 4) {
				// Half of them reset the connection, half close it: both are what browsers do.
				if (received.length % 2) socket.resetAndDestroy();
				else socket.destroy();
				finish();
			}
		});
		socket.on('error', finish);
		socket.on('close', finish);
		socket.write(
			Buffer.concat([
				Buffer.from(`${method} `),
				Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'),
				Buffer.from(` HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${headers}\r\n`),
			]),
		);
	});
}

/** What the fixture site holds, so tests can check what they get back. */
export const FIXTURE = {
	index: `<!doctype html><title>Fixture</title><p>${'The story. '.repeat(400)}</p>`,
	notFound: '<!doctype html><title>Not found</title><p>fixture-404-page</p>',
	embed: '<!doctype html><title>Embed</title><p>fixture-embed-page</p>',
	script: `export const story = ${JSON.stringify('x'.repeat(4000))};`,
	secret: 'fixture-secret-outside-the-site',
	headers: [
		'/*',
		'  X-Content-Type-Options: nosniff',
		'/',
		'  X-Frame-Options: SAMEORIGIN',
		'/_astro/*',
		'  Cache-Control: public, max-age=31536000, immutable',
		'',
	].join('\n'),
	/** Size of the large files the abort tests download. */
	bigBytes: 4 * 1024 * 1024,
};

/**
 * Writes a small built site into `folder/site`, with a secret next to it (`folder/secret/`) that
 * no request may reach, and symbolic links pointing out of the site and within it.
 */
export function writeFixtureSite(folder: string): string {
	const site = join(folder, 'site');
	const secret = join(folder, 'secret');
	for (const dir of [site, secret, join(site, '_astro'), join(site, 'embed/map/caspian-launch')]) {
		mkdirSync(dir, { recursive: true });
	}
	writeFileSync(join(secret, 'passwd.txt'), FIXTURE.secret);
	writeFileSync(join(site, 'index.html'), FIXTURE.index);
	writeFileSync(join(site, '404.html'), FIXTURE.notFound);
	writeFileSync(join(site, '_headers'), FIXTURE.headers);
	writeFileSync(join(site, '_astro/story.js'), FIXTURE.script);
	writeFileSync(join(site, 'embed/map/caspian-launch/index.html'), FIXTURE.embed);
	// Deterministic but incompressible-ish bytes, and a text file that gzip will stream.
	const big = Buffer.alloc(FIXTURE.bigBytes);
	for (let i = 0; i < big.length; i++) big[i] = (i * 2654435761) >>> 24;
	writeFileSync(join(site, 'big.bin'), big);
	writeFileSync(join(site, 'big.txt'), 'All work and no play. '.repeat(FIXTURE.bigBytes / 22));
	symlinkSync(secret, join(site, 'outside-dir'));
	symlinkSync(join(secret, 'passwd.txt'), join(site, 'outside-file.txt'));
	symlinkSync(join(site, 'index.html'), join(site, 'inside-link.html'));
	return site;
}
