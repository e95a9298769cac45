#!/usr/bin/env node
/**
 * `npm run bench`: how fast the built site is, beside the budgets in ../shared/DESIGN.md.
 * Builds the production site, serves dist/ with gzip, and measures in Chromium, for the story
 * page and each embed page:
 *   - transfer (gzip) by kind, requests, third-party requests, LCP and CLS of a real load;
 *   - Lighthouse mobile scores (performance, accessibility, best practices, SEO), with its
 *     simulated LCP, total blocking time and CLS;
 *   - a scripted scroll through every step at 4× CPU slowdown: long tasks (> 50 ms) and frame
 *     durations (p50, p95).
 * Prints a table and writes the same figures to bench/results.json (git-ignored). Timings are
 * noisy on shared machines, so this is not part of `npm test`; byte sizes are (size.spec.ts).
 *
 *   npm run bench [-- --no-build] [--port 4431] [--page /some/path/] [--runs 3]
 *
 * Lighthouse runs --runs times per page and reports the median run (its own computeMedianRun),
 * since its simulated timings move with whatever else the machine is doing.
 *
 * Chromium: $CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own. Works offline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { BUDGETS, LONG_TASK_MS } from '../src/lib/perf/budgets.ts';
import { percentile } from '../src/lib/perf/stats.ts';
import { formatKB, summariseTransfer } from '../src/lib/perf/transfer.ts';
import { startServer } from './serve.mjs';

const { values: options } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		port: { type: 'string', default: '4431' },
		page: { type: 'string', multiple: true, default: [] },
		runs: { type: 'string', default: '3' },
	},
});
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];
const THROTTLE = 4;
/** Lighthouse's mobile device, so both measurements look at the same layout. */
const PHONE = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true,
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const chromePath =
	process.env.CHROMIUM_PATH ??
	(existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : chromium.executablePath());

if (!options['no-build']) {
	console.log('Building the production site…');
	const build = spawnSync(process.execPath, ['tools/build.mjs'], { encoding: 'utf8' });
	if (build.status !== 0) {
		console.error(build.stdout, build.stderr);
		process.exit(build.status ?? 1);
	}
}

if (!existsSync('dist/index.html')) {
	console.error('No built site in dist/. Run without --no-build.');
	process.exit(1);
}
const pages = ['/', ...embedPages(), ...options.page];
const server = await startServer({ dir: 'dist', port: Number(options.port), gzip: true });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS.slice(1) });
const chromiumVersion = browser.version();
const results = [];
try {
	for (const path of pages) {
		const url = new URL(path.replace(/^\//, ''), server.url).href;
		console.log(`Measuring ${path}…`);
		const load = await measureLoad(url);
		const scroll = await measureScroll(url);
		const audit = await runLighthouse(url);
		results.push({ path, url, load, scroll, lighthouse: audit });
	}
} finally {
	await browser.close();
	await server.close();
}

const machine = {
	cores: cpus().length,
	cpu: cpus()[0]?.model.trim() ?? 'unknown',
	memoryGB: Math.round(totalmem() / 2 ** 30),
	node: process.version,
	chromium: chromiumVersion,
};
const report = { date: new Date().toISOString(), machine, budgets: BUDGETS, pages: results };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(report, null, '\t')}\n`);
console.log(`\n${table(report)}\nWritten to bench/results.json`);

/** The story's embed pages, found in the build: every index.html under dist/embed/. */
function embedPages() {
	if (!existsSync('dist/embed')) return [];
	return readdirSync('dist/embed', { recursive: true, encoding: 'utf8' })
		.filter((file) => file === 'index.html' || file.endsWith(`${sep}index.html`))
		.map((file) => `/embed/${file.split(sep).slice(0, -1).join('/')}/`.replace('//', '/'))
		.sort();
}

/** A real load on the phone layout: what came over the wire, LCP and CLS. */
async function measureLoad(url) {
	const context = await browser.newContext(PHONE);
	const page = await context.newPage();
	await page.addInitScript(() => {
		const seen = { lcp: 0, cls: 0 };
		window.__vitals = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) seen.lcp = entry.startTime;
		}).observe({ type: 'largest-contentful-paint', buffered: true });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) if (!entry.hadRecentInput) seen.cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	const downloads = [];
	const urls = [];
	page.on('request', (request) => urls.push(request.url()));
	page.on('requestfinished', (request) => {
		downloads.push(
			request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })),
		);
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const vitals = await page.evaluate(() => window.__vitals);
	await context.close();
	// Once per URL: a cached file is not downloaded again (the favicon is asked for at every
	// hash change when, as here, the server says no-cache).
	const unique = new Map((await Promise.all(downloads)).map((item) => [item.url, item]));
	const transfer = summariseTransfer([...unique.values()]);
	const thirdParty = urls.filter((href) => !href.startsWith('data:') && !href.startsWith(origin));
	return {
		transferBytes: transfer.total,
		byKind: transfer.byKind,
		requests: unique.size,
		thirdPartyRequests: thirdParty.length,
		thirdParty,
		lcpMs: Math.round(vitals.lcp),
		cls: Number(vitals.cls.toFixed(4)),
		largest: transfer.largest
			.slice(0, 5)
			.map(({ url: href, kind, bytes }) => ({ url: href, kind, bytes })),
	};
}

/**
 * Scrolls to each step in turn with smooth wheel gestures at a reader's pace (1,200 px/s), with
 * the CPU slowed 4× through the DevTools protocol and animations on, and records long tasks and
 * frame durations. The browser scrolls as it would for a reader (on the compositor), so the main
 * thread does only what the page's own code asks of it. (Touch gestures do not scroll in headless
 * Chromium; a script calling scrollTo every frame would measure its own layout work.)
 */
async function measureScroll(url) {
	const context = await browser.newContext({ ...PHONE, reducedMotion: 'no-preference' });
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	const steps = await page.locator('[data-step]').count();
	if (steps === 0) {
		await context.close();
		return { steps: 0 };
	}
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await page.evaluate((longTaskMs) => {
		const record = { frames: [], longTasks: [], scenes: 0, running: true };
		window.__scroll = record;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				if (entry.duration > longTaskMs) record.longTasks.push(Math.round(entry.duration));
			}
		}).observe({ type: 'longtask' });
		document.addEventListener('scene-change', () => (record.scenes += 1));
		let previous = performance.now();
		const tick = (now) => {
			record.frames.push(now - previous);
			previous = now;
			if (record.running) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	}, LONG_TASK_MS);
	for (let index = 0; index < steps; index += 1) {
		// Bring the step's top to just above the trigger line (half-way down the screen).
		const distance = await page
			.locator('[data-step]')
			.nth(index)
			.evaluate((step) => step.getBoundingClientRect().top - innerHeight * 0.4);
		if (Math.abs(distance) < 1) continue;
		await cdp.send('Input.synthesizeScrollGesture', {
			x: Math.round(PHONE.viewport.width / 2),
			y: Math.round(PHONE.viewport.height * 0.7),
			yDistance: -Math.round(distance),
			speed: 1200,
			gestureSourceType: 'mouse',
			preventFling: true,
		});
	}
	// Let the last scene settle before counting.
	await page.waitForTimeout(1500);
	const run = await page.evaluate(() => {
		const record = window.__scroll;
		record.running = false;
		const last = [...document.querySelectorAll('[data-step]')].at(-1);
		return { ...record, reachedLast: last?.getAttribute('aria-current') === 'step' };
	});
	await context.close();
	const frames = run.frames.slice(1);
	return {
		throttle: THROTTLE,
		steps,
		scenesShown: run.scenes,
		reachedLastStep: run.reachedLast,
		longTasks: run.longTasks.length,
		longTaskMs: run.longTasks,
		frames: frames.length,
		frameP50Ms: Number(percentile(frames, 50).toFixed(1)),
		frameP95Ms: Number(percentile(frames, 95).toFixed(1)),
		frameMaxMs: Number(Math.max(...frames).toFixed(1)),
	};
}

/** Lighthouse's default (mobile, simulated slow 4G and 4× CPU) against the same Chromium. */
async function runLighthouse(url) {
	const runs = [];
	for (let run = 0; run < Number(options.runs); run += 1) {
		const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS });
		try {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: CATEGORIES,
			});
			const { runtimeError } = result.lhr;
			if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
			runs.push(result.lhr);
		} finally {
			chrome.kill();
		}
	}
	const { categories, audits } = computeMedianRun(runs);
	const counted = (audit) =>
		audit.score !== null &&
		audit.score < 1 &&
		!['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode);
	return {
		runs: runs.length,
		scores: Object.fromEntries(
			CATEGORIES.map((id) => [id, Math.round(categories[id].score * 100)]),
		),
		performanceScores: runs.map((lhr) => Math.round(lhr.categories.performance.score * 100)),
		lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
		fcpMs: Math.round(audits['first-contentful-paint'].numericValue),
		tbtMs: Math.round(audits['total-blocking-time'].numericValue),
		cls: Number(audits['cumulative-layout-shift'].numericValue.toFixed(4)),
		failing: Object.values(audits)
			.filter(counted)
			.map((audit) => `${audit.id}: ${audit.displayValue ?? audit.title}`),
	};
}

/** The results as a plain-text table, each figure beside its budget. */
function table({ date, machine, pages: measured }) {
	const rows = [];
	const notes = [];
	const row = (what, value, budget = '', ok) =>
		rows.push([what, String(value), budget, ok === undefined ? '' : ok ? 'ok' : 'MISSED']);
	for (const { path, load, scroll, lighthouse: lh } of measured) {
		rows.push([`${path}`, '', '', '']);
		const { transferBytes, scriptBytes } = BUDGETS;
		const within = (budget) => `≤ ${formatKB(budget.target)} (limit ${formatKB(budget.limit)})`;
		row(
			'transfer, gzip, all requests',
			formatKB(load.transferBytes),
			within(transferBytes),
			load.transferBytes <= transferBytes.target,
		);
		row(
			'  JavaScript',
			formatKB(load.byKind.js),
			within(scriptBytes),
			load.byKind.js <= scriptBytes.target,
		);
		for (const [kind, label] of [
			['html', 'HTML'],
			['css', 'CSS'],
			['font', 'fonts'],
			['image', 'images'],
			['data', 'data'],
		]) {
			row(`  ${label}`, formatKB(load.byKind[kind]));
		}
		row('requests', load.requests);
		row('third-party requests', load.thirdPartyRequests, '0', load.thirdPartyRequests === 0);
		row('LCP (real load, no throttling)', `${load.lcpMs} ms`);
		row('CLS (real load)', load.cls, '0', load.cls === 0);
		for (const id of CATEGORIES) {
			row(`Lighthouse mobile ${id}`, lh.scores[id], '100', lh.scores[id] === 100);
		}
		row(`  performance in each of ${lh.runs} runs`, lh.performanceScores.join(', '));
		row('Lighthouse LCP (simulated)', `${lh.lcpMs} ms`);
		row('Lighthouse total blocking time', `${lh.tbtMs} ms`, '0 ms', lh.tbtMs === 0);
		row('Lighthouse CLS', lh.cls, '0', lh.cls === 0);
		if (scroll.steps > 0) {
			row(
				`scroll, ${scroll.steps} steps at ${THROTTLE}× CPU: long tasks`,
				scroll.longTasks,
				'0',
				scroll.longTasks === 0,
			);
			row('  frame p50 / p95', `${scroll.frameP50Ms} / ${scroll.frameP95Ms} ms`);
			row(
				'  reached the last step',
				scroll.reachedLastStep ? 'yes' : 'no',
				'yes',
				scroll.reachedLastStep,
			);
		}
		for (const audit of lh.failing) notes.push(`${path} Lighthouse, below full marks: ${audit}`);
	}
	const widths = [0, 1, 2].map((column) => Math.max(...rows.map((cells) => cells[column].length)));
	const lines = rows.map((cells) =>
		cells
			.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell))
			.join('  ')
			.trimEnd(),
	);
	const header = `npm run bench, ${date.slice(0, 10)}: ${machine.cores} cores (${machine.cpu}), Chromium ${machine.chromium}, Node ${machine.node}`;
	return [header, '', ...lines, '', ...notes].join('\n');
}
