import type { EngineName } from './engines';
import { PROBE_GLOBAL, type ProbeRecord } from './probe';

/** A viewport in CSS px. */
export interface Size {
	width: number;
	height: number;
}

/** Keys the scenarios press, as a reader on a keyboard would. */
export type Key = 'End' | 'Home' | 'PageDown' | 'PageUp';

/**
 * What a scenario can do with a browser tab, the same in every engine. Each engine's adapter
 * (firefox.ts, webkit.ts) implements these few primitives; everything else is built on them
 * here, once.
 */
export interface EnginePage {
	readonly engine: EngineName;
	/** Opens a URL and resolves once its load event has fired. */
	goto(url: string): Promise<void>;
	/** Runs a function in the page (it is serialised: no closures) and returns its result. */
	evaluate<R, A extends unknown[]>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
	/** Runs a function in each iframe that `selector` matches in the page, in document order. */
	evaluateInFrames<R>(selector: string, fn: () => R): Promise<Awaited<R>[]>;
	/** Presses and releases a key in the focused document. */
	press(key: Key): Promise<void>;
	/** Sets the size of the layout viewport (window.innerWidth × innerHeight). */
	setViewport(size: Size): Promise<void>;
	/** Saves a PNG of the viewport. */
	screenshot(file: string): Promise<void>;
	close(): Promise<void>;
}

/** A launched engine that opens tabs. */
export interface Engine {
	readonly name: EngineName;
	/** The engine's own version, as its driver reports it. */
	readonly version: string;
	/** Opens a tab at this size with the probe installed (when JavaScript runs at all). */
	newPage(size: Size): Promise<EnginePage>;
	close(): Promise<void>;
}

/** Options for waitFor. */
export interface WaitOptions {
	timeout?: number;
}

/**
 * Polls a condition in the page until it returns something truthy, and returns that. Fails
 * with `what` and the condition's last value, so a failure says what never happened.
 */
export async function waitFor<R, A extends unknown[]>(
	page: EnginePage,
	what: string,
	fn: (...args: A) => R,
	args: A,
	{ timeout = 10_000 }: WaitOptions = {},
): Promise<Awaited<R>> {
	const end = Date.now() + timeout;
	let last: Awaited<R>;
	do {
		last = await page.evaluate(fn, ...args);
		if (last) return last;
		await new Promise((resolve) => setTimeout(resolve, 50));
	} while (Date.now() < end);
	throw new Error(
		`${page.engine}: timed out after ${timeout} ms waiting for ${what} (last: ${JSON.stringify(last)})`,
	);
}

/** Waits for the page to paint twice, so layout and scroll handlers have run. */
export const nextFrames = (page: EnginePage) =>
	page.evaluate(
		() =>
			new Promise<boolean>((resolve) =>
				requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))),
			),
	);

/** What the probe recorded in the page. */
export async function probe(page: EnginePage): Promise<ProbeRecord> {
	const record = await page.evaluate(
		(name) => (window as unknown as Record<string, ProbeRecord | undefined>)[name] ?? null,
		PROBE_GLOBAL,
	);
	if (!record) throw new Error(`${page.engine}: the error probe is missing from the page`);
	return record;
}

/**
 * Every error the page and its frames recorded, each prefixed with where it happened. A frame
 * without the probe is an error too: its errors would otherwise go unseen.
 */
export async function pageErrors(page: EnginePage): Promise<string[]> {
	const top = await probe(page);
	const frames = await page.evaluateInFrames('iframe', () => {
		const record = (window as unknown as Record<string, ProbeRecord | undefined>)['__engineProbe'];
		return { url: location.href, errors: record ? record.errors : null };
	});
	return [
		...top.errors,
		...frames.flatMap(({ url, errors }) =>
			errors ? errors.map((error) => `[frame ${url}] ${error}`) : [`[frame ${url}] no probe`],
		),
	];
}

/**
 * Brings each iframe of the page into view in turn (they load lazily, and only while in view)
 * and waits until it has loaded its own document, whatever its origin. Returns how many.
 * Instant scrolls (the page's own are smooth), repeated while the frame waits: a frame above
 * that gets its height moves this one, out of view in an engine without scroll anchoring.
 */
export async function loadFrames(page: EnginePage, { timeout = 15_000 }: WaitOptions = {}) {
	const count = await page.evaluate(() => document.querySelectorAll('iframe').length);
	for (let index = 0; index < count; index += 1) {
		const end = Date.now() + timeout;
		for (;;) {
			await page.evaluate((i) => {
				const frame = document.querySelectorAll('iframe')[i]!.getBoundingClientRect();
				if (frame.bottom < 0 || frame.top > innerHeight) {
					scrollBy({ top: frame.top - innerHeight / 3, behavior: 'instant' });
				}
			}, index);
			const states = await page.evaluateInFrames('iframe', () =>
				location.href === 'about:blank' ? 'blank' : document.readyState,
			);
			if (states[index] === 'complete') break;
			if (Date.now() > end) {
				throw new Error(`${page.engine}: iframe ${index} never loaded: ${states[index]}`);
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	return count;
}
