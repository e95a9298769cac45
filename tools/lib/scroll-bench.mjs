/**
 * The bench's scroll measurement: what a reader feels while scrolling the story with the CPU
 * slowed 4× (DevTools protocol), at a phone and a desktop viewport, once pausing at each step
 * until its graphic has settled and once scrolling on without a pause, so that transitions
 * overlap the scroll. Each run records every animation frame, every long task and every scene
 * change; src/lib/perf/frames.ts turns that into frame percentiles and the worst frame inside
 * each scene transition.
 *
 * Scrolling uses smooth wheel gestures (Input.synthesizeScrollGesture), which the browser
 * scrolls on the compositor as it would for a reader, so the main thread does only what the
 * page's own code asks of it. (Touch gestures do not scroll in headless Chromium, and a script
 * calling scrollTo every frame would measure its own layout work.)
 */
import { loadavg } from 'node:os';
import { BUDGETS, LONG_TASK_MS } from '../../src/lib/perf/budgets.ts';
import { frameDurations, transitionWindows, worstFrameIn } from '../../src/lib/perf/frames.ts';
import { median, percentile } from '../../src/lib/perf/stats.ts';
import { STEP_MARK, summariseTrace } from '../../src/lib/perf/trace.ts';

/** How much slower than this machine the CPU runs. */
export const THROTTLE = 4;

/** The two viewports: Lighthouse's mobile device, and a laptop. */
export const DEVICES = {
	phone: {
		label: 'phone 412×823',
		context: {
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true,
		},
	},
	desktop: {
		label: 'desktop 1280×800',
		context: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 },
	},
};

/**
 * The two ways of reading: a flick to each step and a pause there until the graphic has
 * settled and a little longer (reading), or one steady scroll from step to step.
 */
export const MODES = {
	paused: { label: 'pauses at each step', speed: 1200, pause: true },
	continuous: { label: 'continuous scroll', speed: 600, pause: false },
};

/** The metrics each run reports, in the order the table shows them. */
const METRICS = [
	'longTasks',
	'longTaskMs',
	'frameP50Ms',
	'frameP95Ms',
	'frameMaxMs',
	'worstInTransitionMs',
];

/**
 * One scroll through every step of the page at `url`: the run's figures. With `trace`, the
 * CPU is not slowed and the run is traced instead (src/lib/perf/trace.ts): main-thread CPU in
 * all and the cost of each step change, which are steadier than the slowed frames' wall time.
 */
export async function scrollRun(browser, url, device, mode, { trace = false } = {}) {
	const context = await browser.newContext({
		...DEVICES[device].context,
		reducedMotion: 'no-preference',
	});
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'networkidle' });
	const steps = await page.locator('[data-step]').count();
	if (steps === 0) {
		await context.close();
		return undefined;
	}
	const cdp = await context.newCDPSession(page);
	const traced = trace ? await startTrace(page, cdp) : undefined;
	if (!trace) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
	await page.evaluate(record, LONG_TASK_MS);
	const { speed, pause } = MODES[mode];
	const { width, height } = DEVICES[device].context.viewport;
	for (let index = 0; index < steps; index += 1) {
		// Bring the step's top to just above the trigger line (half-way down the screen).
		const distance = await page
			.locator('[data-step]')
			.nth(index)
			.evaluate((step) => step.getBoundingClientRect().top - innerHeight * 0.4);
		if (Math.abs(distance) < 1) continue;
		await cdp.send('Input.synthesizeScrollGesture', {
			x: Math.round(width / 2),
			y: Math.round(height * 0.7),
			yDistance: -Math.round(distance),
			speed,
			gestureSourceType: 'mouse',
			preventFling: true,
		});
		if (pause) await settle(page, 500);
	}
	await settle(page, 1000);
	const recording = await page.evaluate(() => {
		window.__bench.running = false;
		const last = [...document.querySelectorAll('[data-step]')].at(-1);
		return { ...window.__bench, reachedLast: last?.getAttribute('aria-current') === 'step' };
	});
	const summary = traced ? summariseTrace(await traced()) : undefined;
	await context.close();
	return summary ?? summariseRun(recording, steps);
}

/** Starts tracing the page, each step change marked; resolves to a function that ends it. */
async function startTrace(page, cdp) {
	await page.evaluate((prefix) => {
		document.addEventListener('scene-change', ({ detail }) =>
			console.timeStamp(`${prefix}${detail.index} ${detail.graphic} ${detail.scene}`),
		);
	}, STEP_MARK);
	const events = [];
	cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
	await cdp.send('Tracing.start', {
		categories: 'devtools.timeline,disabled-by-default-devtools.timeline',
		transferMode: 'ReportEvents',
	});
	return async () => {
		const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
		await cdp.send('Tracing.end');
		await complete;
		return events;
	};
}

/**
 * Waits until the machine's one-minute load average is below `below` (the build, Lighthouse or
 * the last measurement still weighing on it would count against the next), for at most
 * `maxSeconds`. Resolves to how long it waited and the load it ended at.
 */
export async function untilQuiet(below, maxSeconds) {
	const start = Date.now();
	while (loadavg()[0] >= below && Date.now() - start < maxSeconds * 1000) {
		await new Promise((resolve) => setTimeout(resolve, 2000));
	}
	return {
		waitedS: Math.round((Date.now() - start) / 1000),
		load: Number(loadavg()[0].toFixed(2)),
	};
}

/** Runs `runs` times and reports each metric's median and range, with the load average. */
export async function scrollMeasurement(browser, url, device, mode, runs) {
	const before = loadavg()[0];
	const results = [];
	for (let run = 0; run < runs; run += 1) {
		const result = await scrollRun(browser, url, device, mode);
		if (!result) return undefined;
		results.push(result);
	}
	const summary = Object.fromEntries(
		METRICS.map((metric) => [metric, spread(results.map((result) => result[metric]))]),
	);
	return {
		device,
		mode,
		label: `${DEVICES[device].label}, ${MODES[mode].label}`,
		throttle: THROTTLE,
		steps: results[0].steps,
		reachedLastStep: results.every((result) => result.reachedLastStep),
		load: [before, loadavg()[0]].map((value) => Number(value.toFixed(2))),
		summary,
		runs: results,
	};
}

/**
 * Runs `runs` traced, unslowed scroll-throughs and reports the median (and range) of the main
 * thread's CPU time and of each run's median and costliest step change, with the step that was
 * costliest most often.
 */
export async function tracedMeasurement(browser, url, device, mode, runs) {
	const traces = [];
	for (let run = 0; run < runs; run += 1) {
		traces.push(await scrollRun(browser, url, device, mode, { trace: true }));
	}
	const costliest = traces.map(
		(trace) => trace.steps.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a), trace.steps[0]) ?? {},
	);
	const counts = new Map();
	for (const { step } of costliest) counts.set(step, (counts.get(step) ?? 0) + 1);
	return {
		device,
		mode,
		label: `${DEVICES[device].label}, ${MODES[mode].label}`,
		cpuMs: spread(traces.map((trace) => trace.cpuMs)),
		stepMedianMs: spread(traces.map((trace) => median(trace.steps.map((step) => step.cpuMs)))),
		stepMaxMs: spread(costliest.map((step) => step.cpuMs ?? 0)),
		costliestStep: [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
		runs: traces,
	};
}

/** The table rows for traced measurements. */
export function traceRows(measurements) {
	const cell = (metric) => spreadCell(metric, ' ms');
	return [
		[
			'traced at 1× CPU, median (min–max) of runs',
			'main-thread CPU',
			'step change: median',
			'costliest',
			'costliest step, most often',
		],
		...measurements.map((m) => [
			m.label,
			cell(m.cpuMs),
			cell(m.stepMedianMs),
			cell(m.stepMaxMs),
			m.costliestStep,
		]),
	];
}

/** A metric over runs: its median and range. */
const spread = (values) => ({
	median: median(values),
	min: Math.min(...values),
	max: Math.max(...values),
});

/**
 * A table cell for a spread: `median (min–max)`, or the median alone when all runs agree. With
 * a unit, to a tenth: frame times of 16.7 and 17.4 ms are either side of a target.
 */
function spreadCell({ median: m, min, max }, unit = '') {
	const r = unit ? (value) => round(value, 1) : round;
	return min === max ? `${r(m)}${unit}` : `${r(m)}${unit} (${r(min)}–${r(max)})`;
}

/** The table rows for scroll measurements: median (min–max) of each metric. */
export function scrollRows(measurements) {
	const cell = spreadCell;
	const header = [
		`scroll at ${THROTTLE}× CPU, median (min–max) of runs`,
		'long tasks',
		'in all',
		'frame p50',
		'p95',
		'worst',
		'worst in a transition',
		'last step',
		'load',
		'targets',
	];
	const rows = measurements.map((measurement) => {
		const { label, summary: s, reachedLastStep, load } = measurement;
		return [
			label,
			cell(s.longTasks),
			cell({ ...s.longTaskMs }, ' ms'),
			cell(s.frameP50Ms, ' ms'),
			cell(s.frameP95Ms, ' ms'),
			cell(s.frameMaxMs, ' ms'),
			cell(s.worstInTransitionMs, ' ms'),
			reachedLastStep ? 'yes' : 'NO',
			`${load[0]}→${load[1]}`,
			metTargets(measurement) ? 'ok' : 'MISSED',
		];
	});
	const { longTasks, frameP95Ms, transitionFrameMs } = BUDGETS;
	const target = [
		'targets (every run)',
		String(longTasks.target),
		'',
		'',
		`≤ ${frameP95Ms.target} ms`,
		'',
		`≤ ${transitionFrameMs.target} ms`,
		'yes',
		'',
		'',
	];
	return [header, ...rows, target];
}

/** Whether every run of a measurement met the scroll targets. */
export function metTargets({ runs, reachedLastStep }) {
	const { longTasks, frameP95Ms, transitionFrameMs } = BUDGETS;
	return (
		reachedLastStep &&
		runs.every(
			(run) =>
				run.longTasks <= longTasks.target &&
				run.frameP95Ms <= frameP95Ms.target &&
				run.worstInTransitionMs <= transitionFrameMs.target,
		)
	);
}

const round = (value, digits = 0) =>
	Number.isFinite(value) ? String(Math.round(value * 10 ** digits) / 10 ** digits) : '–';

/** Waits until no graphic is in transition, then `extra` ms more (a reader's pause). */
async function settle(page, extra) {
	await page.waitForFunction(() => !document.querySelector('[data-transition]'), undefined, {
		polling: 100,
		timeout: 30_000,
	});
	await page.waitForTimeout(extra);
}

/** In the page: records frames, long tasks, scene changes and transitions (see frames.ts). */
function record(longTaskMs) {
	const log = { frames: [], changes: [], starts: [], settles: [], longTasks: [], running: true };
	window.__bench = log;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.duration > longTaskMs) {
				log.longTasks.push({ start: entry.startTime, duration: entry.duration });
			}
		}
	}).observe({ type: 'longtask' });
	document.addEventListener('scene-change', () => log.changes.push(performance.now()));
	let busy = Boolean(document.querySelector('[data-transition]'));
	new MutationObserver(() => {
		const now = Boolean(document.querySelector('[data-transition]'));
		if (now !== busy) (now ? log.starts : log.settles).push(performance.now());
		busy = now;
	}).observe(document, { subtree: true, attributeFilter: ['data-transition'] });
	const tick = (time) => {
		log.frames.push(time);
		if (log.running) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
}

function summariseRun(recording, steps) {
	const frames = frameDurations(recording.frames);
	const windows = transitionWindows(recording);
	const worst = windows.map((window) => worstFrameIn(recording.frames, window));
	const fixed = (value) => Number(value.toFixed(1));
	return {
		steps,
		scenesShown: recording.changes.length,
		reachedLastStep: recording.reachedLast,
		longTasks: recording.longTasks.length,
		longTaskMs: Math.round(recording.longTasks.reduce((sum, task) => sum + task.duration, 0)),
		longTaskList: recording.longTasks.map((task) => Math.round(task.duration)),
		frames: frames.length,
		frameP50Ms: fixed(percentile(frames, 50)),
		frameP95Ms: fixed(percentile(frames, 95)),
		frameMaxMs: fixed(Math.max(...frames)),
		worstInTransitionMs: fixed(Math.max(...worst.filter(Number.isFinite))),
		worstInEachTransitionMs: worst.map((value) => (Number.isFinite(value) ? fixed(value) : null)),
	};
}
