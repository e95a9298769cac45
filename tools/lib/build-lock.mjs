/**
 * One Astro build at a time per checkout. Astro keeps build state in `.astro/` and
 * `node_modules/.astro/` whatever `--outDir` says, so two builds running at once (the browser
 * tests build several sites side by side) read each other's content and fail, or worse, succeed
 * with the wrong content. `withBuildLock(fn)` waits for the lock, runs `fn`, and releases it.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const LOCK = resolve('node_modules/.astro-build-lock');
const WAIT_MS = 200;
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `fn` while holding the checkout's build lock; returns what `fn` returns. */
export function withBuildLock(fn) {
	while (!tryLock()) sleep(WAIT_MS);
	const release = () => rmSync(LOCK, { recursive: true, force: true });
	process.once('exit', release);
	try {
		return fn();
	} finally {
		// Stop listening first: at exit the lock may be someone else's.
		process.off('exit', release);
		release();
	}
}

function tryLock() {
	try {
		mkdirSync(LOCK);
		writeFileSync(resolve(LOCK, 'pid'), String(process.pid));
		return true;
	} catch (error) {
		if (error.code !== 'EEXIST') throw error;
		// A build that was killed cannot release its lock; a lock whose owner is gone is free.
		if (!ownerAlive()) rmSync(LOCK, { recursive: true, force: true });
		return false;
	}
}

function ownerAlive() {
	let pid;
	try {
		pid = Number(readFileSync(resolve(LOCK, 'pid'), 'utf8'));
	} catch {
		// No pid yet: its owner is writing it, unless the lock is old enough to be abandoned.
		const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0);
		return age < 10_000;
	}
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}
