#!/usr/bin/env node
/**
 * `npm run bench`: how fast the built site is, beside the budgets in src/lib/perf/budgets.ts.
 * Builds the production site, serves dist/ with gzip, and measures in Chromium, for the story
 * page and each embed page:
 *   - transfer (gzip) by kind, requests, third-party requests, LCP and CLS of a real load;
 *   - Lighthouse mobile scores (performance, accessibility, best practices, SEO), with its
 *     simulated LCP, total blocking time and CLS;
 *   - for pages with steps (the story), scrolling through every step at 4× CPU slowdown, at a
 *     phone and a desktop viewport, pausing at each step and scrolling on continuously
 *     (tools/lib/scroll-bench.mjs): long tasks (> 50 ms), frame p50 / p95 / worst, and the worst
 *     frame inside each scene transition.
 * Prints a table and writes the same figures to bench/results.json (git-ignored). Timings are
 * noisy on shared machines, so this is not part of `npm test`; byte sizes are (size.spec.ts).
 *
 *   npm run bench [-- --no-build] [--dir dist] [--scroll-only] [--port 0] [--page /path/]
 *                 [--runs 3] [--settle 120] [--trace]
 *
 * Every timing is measured --runs times: Lighthouse reports its median run (its own
 * computeMedianRun), the scroll its median and range. The machine's load average is printed
 * beside each scroll measurement, so a noisy run shows, and each one first waits (at most
 * --settle seconds; 0 for not at all) for that load to fall below three quarters of the
 * cores: the build, Lighthouse or the last measurement would otherwise weigh on the next.
 * `--dir` measures another built folder (it implies --no-build); `--scroll-only` skips the
 * load and Lighthouse and the embed pages. `--trace` adds, for each scroll measurement, as many
 * traced runs without the CPU slowed (src/lib/perf/trace.ts): the main thread's CPU time and
 * what each step change cost, steadier figures for telling two builds apart.
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
import { BUDGETS } from '../src/lib/perf/budgets.ts';
import { formatKB, summariseTransfer } from '../src/lib/perf/transfer.ts';
import {
	DEVICES,
	MODES,
	scrollMeasurement,
	scrollRows,
	tracedMeasurement,
	traceRows,
	untilQuiet,
} from './lib/scroll-bench.mjs';
import { startServer } from './serve.mjs';

const { values: options } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		dir: { type: 'string', default: 'dist' },
		'scroll-only': { type: 'boolean', default: false },
		port: { type: 'string', default: '0' },
		page: { type: 'string', multiple: true, default: [] },
		runs: { type: 'string', default: '3' },
		settle: { type: 'string', default: '120' },
		trace: { type: 'boolean', default: false },
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

const dir = options.dir;
if (!options['no-build'] && dir === 'dist') {
	console.log('Building the production site…');
	const build = spawnSync(process.execPath, ['tools/build.mjs'], { encoding: 'utf8' });
	if (build.status !== 0) {
		console.error(build.stdout, build.stderr);
		process.exit(build.status ?? 1);
	}
}

if (!existsSync(`${dir}/index.html`)) {
	console.error(`No built site in ${dir}/. Run without --no-build.`);
	process.exit(1);
}
const pages = ['/', ...(options['scroll-only'] ? [] : embedPages()), ...options.page];
const runs = Number(options.runs);
/** Below this one-minute load average the machine counts as quiet (the bench's own share). */
const QUIET_LOAD = 0.75 * cpus().length;
const settleSeconds = Number(options.settle);
const server = await startServer({ dir, port: Number(options.port), gzip: true });
const origin = new URL(server.url).origin;
const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_FLAGS.slice(1) });
const chromiumVersion = browser.version();
const results = [];
try {
	for (const path of pages) {
		const url = new URL(path.replace(/^\//, ''), server.url).href;
		console.log(`Measuring ${path}…`);
		const load = options['scroll-only'] ? undefined : await measureLoad(url);
		const scroll = [];
		const traces = [];
		for (const device of Object.keys(DEVICES)) {
			for (const mode of Object.keys(MODES)) {
				const quiet = await untilQuiet(QUIET_LOAD, settleSeconds);
				const measured = await scrollMeasurement(browser, url, device, mode, runs);
				if (measured) {
					const waited =
						quiet.waitedS > 0
							? ` (after waiting ${quiet.waitedS} s for the machine to settle)`
							: '';
					console.log(`  ${measured.label}: load ${measured.load.join('→')}${waited}`);
					scroll.push({ ...measured, settledAfterS: quiet.waitedS });
				}
				if (measured && options.trace) {
					traces.push(await tracedMeasurement(browser, url, device, mode, runs));
				}
			}
		}
		const audit = options['scroll-only'] ? undefined : await runLighthouse(url);
		results.push({ path, url, load, scroll, traces, lighthouse: audit });
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
const report = {
	date: new Date().toISOString(),
	dir,
	machine,
	budgets: BUDGETS,
	pages: results,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(report, null, '\t')}\n`);
console.log(`\n${table(report)}\nWritten to bench/results.json`);

/** The story's embed pages, found in the build: every index.html under dist/embed/. */
function embedPages() {
	if (!existsSync(`${dir}/embed`)) return [];
	return readdirSync(`${dir}/embed`, { recursive: true, encoding: 'utf8' })
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
	const onFinished = (request) => {
		downloads.push(
			request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })),
		);
	};
	page.on('requestfinished', onFinished);
	await page.goto(url, { waitUntil: 'networkidle' });
	await page.waitForTimeout(500);
	const vitals = await page.evaluate(() => window.__vitals);
	// Sized while the page is open: sizes() rejects once it has closed (as in size.spec.ts).
	page.off('requestfinished', onFinished);
	const sized = await Promise.all(downloads);
	await context.close();
	// Once per URL: a cached file is not downloaded again (the favicon is asked for at every
	// hash change when, as here, the server says no-cache).
	const unique = new Map(sized.map((item) => [item.url, item]));
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

/** Lighthouse's default (mobile, simulated slow 4G and 4× CPU) against the same Chromium. */
async function runLighthouse(url) {
	const runs = [];
	for (let run = 0; run < runs; run += 1) {
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
	const scrolls = [];
	for (const { path, load, scroll, traces, lighthouse: lh } of measured) {
		if (scroll.length > 0) scrolls.push(`${path}`, '', ...aligned(scrollRows(scroll)), '');
		if (traces.length > 0) scrolls.push(...aligned(traceRows(traces)), '');
		if (!load) continue;
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
		for (const audit of lh.failing) notes.push(`${path} Lighthouse, below full marks: ${audit}`);
	}
	const header = `npm run bench, ${date.slice(0, 10)}: ${machine.cores} cores (${machine.cpu}), Chromium ${machine.chromium}, Node ${machine.node}`;
	const lines = rows.length > 0 ? [...aligned(rows), ''] : [];
	return [header, '', ...lines, ...scrolls, ...notes].join('\n');
}

/** Rows of cells as lines of text, each column padded to its widest cell. */
function aligned(rows) {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((cells) => cells[column].length)));
	return rows.map((cells) =>
		cells
			.map((cell, column) => cell.padEnd(widths[column]))
			.join('  ')
			.trimEnd(),
	);
}
