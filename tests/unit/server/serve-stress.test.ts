/**
 * The acceptance test for the preview server: under a low limit of open files, `node
 * tools/serve.mjs` (what `npm start` runs after building) answers 1,000 requests for random
 * malformed paths and 200 downloads aborted half-way, and then has no more files open than before.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { get, rawGet, startServeProcess, writeFixtureSite } from './serve-process';

const folder = mkdtempSync(join(tmpdir(), 'serve-stress-'));
const site = writeFixtureSite(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Deterministic random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	'%',
	'%z',
	'%zz',
	'%0',
	'%00',
	'%2e',
	'%2e%2e',
	'..',
	'.',
	'%2f',
	'%5c',
	'\\',
	'/',
	'//',
	'%c0%ae',
	'%c0%af',
	'%ff',
	'%E0%A4%A',
	'%u002e',
	'%252e',
	'index.html',
	'embed',
	'_astro',
	'?',
	'#',
	';',
	'~',
	'outside-dir',
	'big.bin',
	'\u00e9',
	'%%',
	'\0',
	'\x7f',
];

/** A random path of pieces and bytes that a careless client or an attacker might send. */
function malformedPath(next: () => number): Buffer {
	const parts: Buffer[] = [Buffer.from('/')];
	const count = 1 + Math.floor(next() * 12);
	for (let i = 0; i < count; i++) {
		if (next() < 0.2) {
			parts.push(Buffer.from([Math.floor(next() * 256)]));
		} else {
			parts.push(Buffer.from(PIECES[Math.floor(next() * PIECES.length)]!, 'latin1'));
		}
	}
	if (next() < 0.02) parts.push(Buffer.from('a'.repeat(20_000)));
	return Buffer.concat(parts);
}

/** Runs `task` for 0…count-1, at most `width` at a time. */
async function inBatches(count: number, width: number, task: (index: number) => Promise<void>) {
	let nextIndex = 0;
	const worker = async () => {
		while (nextIndex < count) await task(nextIndex++);
	};
	await Promise.all(Array.from({ length: width }, worker));
}

test('1,000 malformed requests and 200 aborted downloads leave the server serving, with no files left open', async () => {
	const server = await startServeProcess(site, [], { fileLimit: 96 });
	try {
		// Warm up first: the first requests open what the server keeps (the 404 page's file, zlib).
		for (const path of ['/', '/nothing-here', '/big.txt']) await get(server.port, path);
		const before = server.openFiles();

		const next = random(15);
		const statuses = new Map<number, number>();
		await inBatches(1000, 8, async () => {
			const status = await rawGet(server.port, malformedPath(next));
			statuses.set(status, (statuses.get(status) ?? 0) + 1);
		});
		// Every request was answered: none closed without a status line.
		expect(statuses.get(0) ?? 0, JSON.stringify([...statuses])).toBe(0);

		await inBatches(200, 8, async (index) => {
			const compressed = index % 2 === 0;
			await rawGet(server.port, compressed ? '/big.txt' : '/big.bin', {
				abort: true,
				headers: compressed ? 'Accept-Encoding: gzip\r\n' : '',
			});
		});

		expect(server.alive(), server.output()).toBe(true);
		expect((await get(server.port, '/')).status).toBe(200);
		expect((await get(server.port, '/big.bin')).body.length).toBeGreaterThan(0);
		// Closing sockets is asynchronous on the server's side: wait for it to settle.
		await expect.poll(() => server.openFiles(), { timeout: 15_000 }).toBeLessThanOrEqual(before);
	} finally {
		await server.stop();
	}
}, 120_000);
