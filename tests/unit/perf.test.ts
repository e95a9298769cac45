import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../../src/lib/perf/budgets';
import { frameDurations, transitionWindows, worstFrameIn } from '../../src/lib/perf/frames';
import { median, percentile } from '../../src/lib/perf/stats';
import { formatKB, resourceKind, summariseTransfer } from '../../src/lib/perf/transfer';

describe('resourceKind(path)', () => {
	test.each([
		['/', 'html'],
		['/embed/caspian/', 'html'],
		['/404.html', 'html'],
		['/_astro/Scrolly.xm3bKf3x.js', 'js'],
		['/_astro/index.DKHVUBPL.css', 'css'],
		['/fonts/Charter.WOFF2', 'font'],
		['/favicon.svg', 'image'],
		['/social.png', 'image'],
		['/data/region.topojson', 'data'],
		['/robots.txt', 'data'],
		['/_astro/chunk.js?v=2#x', 'js'],
		['/LICENSE', 'other'],
	])('%s is %s', (path, kind) => {
		expect(resourceKind(path)).toBe(kind);
	});
});

describe('summariseTransfer(downloads)', () => {
	const site = 'http://127.0.0.1:4431';
	const summary = summariseTransfer([
		{ url: `${site}/favicon.svg`, bytes: 250 },
		{ url: `${site}/`, bytes: 14_000 },
		{ url: `${site}/_astro/a.js`, bytes: 3_000 },
		{ url: `${site}/_astro/b.js`, bytes: 5_000 },
		{ url: `${site}/_astro/index.css`, bytes: 2_500 },
	]);

	test('adds up the total and each kind', () => {
		expect(summary.total).toBe(24_750);
		expect(summary.requests).toBe(5);
		expect(summary.byKind).toMatchObject({ html: 14_000, js: 8_000, css: 2_500, image: 250 });
		expect(summary.byKind.font + summary.byKind.data + summary.byKind.other).toBe(0);
	});

	test('lists the downloads largest first, each with its kind', () => {
		expect(summary.largest.map(({ url, kind }) => [new URL(url).pathname, kind])).toEqual([
			['/', 'html'],
			['/_astro/b.js', 'js'],
			['/_astro/a.js', 'js'],
			['/_astro/index.css', 'css'],
			['/favicon.svg', 'image'],
		]);
	});

	test('an empty page adds up to nothing', () => {
		expect(summariseTransfer([])).toMatchObject({ total: 0, requests: 0, largest: [] });
	});
});

test('formatKB(bytes) writes kilobytes of 1,000 bytes with one decimal', () => {
	expect(formatKB(40_000)).toBe('40.0 kB');
	expect(formatKB(1_234)).toBe('1.2 kB');
});

test('every hard limit in BUDGETS is at or above its target', () => {
	for (const [name, budget] of Object.entries(BUDGETS)) {
		if ('limit' in budget) expect(budget.limit, name).toBeGreaterThanOrEqual(budget.target);
	}
});

describe('percentile(values, p)', () => {
	const frames = [16, 17, 15, 16, 40, 16, 17, 16, 18, 16];
	test.each([
		[50, 16],
		[95, 40],
		[90, 18],
		[0, 15],
		[100, 40],
	])('p%d of ten frame times is %d ms, one of the frames', (p, expected) => {
		expect(percentile(frames, p)).toBe(expected);
	});

	test('does not reorder the list it is given', () => {
		const copy = [...frames];
		percentile(frames, 50);
		expect(frames).toEqual(copy);
	});

	test('is NaN for no values', () => {
		expect(percentile([], 50)).toBeNaN();
	});
});

describe('median(values)', () => {
	test.each([
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[7], 7],
	])('median of %j is %d', (values, expected) => {
		expect(median(values)).toBe(expected);
	});

	test('is NaN for no values', () => {
		expect(median([])).toBeNaN();
	});
});

describe('transitionWindows(recording, minimum)', () => {
	test('a change lasts until the graphic settles after it, and at least the minimum', () => {
		const windows = transitionWindows({ changes: [100, 2000], settles: [1500, 2050] }, 100);
		expect(windows).toEqual([
			{ start: 100, end: 1500 },
			{ start: 2000, end: 2100 },
		]);
	});

	test('a change interrupted by the next ends where the next begins', () => {
		const windows = transitionWindows({ changes: [100, 600], settles: [1800] });
		expect(windows[0]).toEqual({ start: 100, end: 600 });
		expect(windows[1]).toEqual({ start: 600, end: 1800 });
	});

	test('a change with nothing to animate still covers its own frames', () => {
		expect(transitionWindows({ changes: [100], settles: [] }, 100)).toEqual([
			{ start: 100, end: 200 },
		]);
	});
});

describe('frameDurations(frames) and worstFrameIn(frames, window)', () => {
	const frames = [0, 16, 33, 83, 100, 117, 200];

	test('a frame lasts from the one before it', () => {
		expect(frameDurations(frames)).toEqual([16, 17, 50, 17, 17, 83]);
	});

	test('the worst frame is the longest that overlaps the window, even in part', () => {
		expect(worstFrameIn(frames, { start: 40, end: 90 })).toBe(50);
		expect(worstFrameIn(frames, { start: 84, end: 110 })).toBe(17);
		expect(worstFrameIn(frames, { start: 150, end: 160 })).toBe(83);
	});

	test('is NaN when no frame overlaps the window', () => {
		expect(worstFrameIn(frames, { start: 300, end: 400 })).toBeNaN();
	});
});
