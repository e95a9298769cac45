import { describe, expect, test } from 'vitest';
import { phaseTimes, STEP_MARK, summariseTrace, type TraceEvent } from '../../src/lib/perf/trace';

const on = (pid: number, tid: number) => ({ pid, tid });
const main = on(7, 1);
const other = on(9, 1);
const thread = (where: { pid: number; tid: number }, name: string): TraceEvent => ({
	...where,
	name: 'thread_name',
	ph: 'M',
	ts: 0,
	args: { name },
});
const span = (
	where: { pid: number; tid: number },
	name: string,
	ts: number,
	dur: number,
	tdur = dur,
): TraceEvent => ({ ...where, name, ph: 'X', ts, dur, tdur });
const mark = (ts: number, step: string): TraceEvent => ({
	...main,
	name: 'TimeStamp',
	ph: 'I',
	ts,
	args: { data: { message: `${STEP_MARK}${step}` } },
});

describe('summariseTrace(events)', () => {
	// Times in µs. Task 1 (4 ms, 3 of them on the CPU) marks step 2; task 2 marks nothing.
	const events: TraceEvent[] = [
		thread(other, 'CrRendererMain'),
		thread(main, 'CrRendererMain'),
		thread(on(7, 2), 'Compositor'),
		span(other, 'RunTask', 0, 50_000),
		span(main, 'RunTask', 1_000, 4_000, 3_000),
		span(main, 'FunctionCall', 1_000, 2_000),
		mark(1_500, '2 map caspian-launch'),
		span(main, 'UpdateLayoutTree', 2_000, 500),
		span(main, 'Layout', 3_000, 1_000),
		span(main, 'Paint', 4_000, 500),
		span(main, 'RunTask', 10_000, 2_000),
		span(main, 'FunctionCall', 10_000, 1_000),
		span(on(7, 2), 'RunTask', 0, 90_000),
	];

	test("reads the page's main thread, the one with the step marks, not another renderer's", () => {
		const summary = summariseTrace(events);
		expect(summary.tasks).toBe(2);
		expect(summary.cpuMs).toBe(5);
	});

	test('gives each marked step change its task’s CPU time and its phases', () => {
		expect(summariseTrace(events).steps).toEqual([
			{
				step: '2 map caspian-launch',
				cpuMs: 3,
				phases: { script: 1.5, style: 0.5, layout: 1, paint: 0.5 },
			},
		]);
	});

	test('a trace without a renderer has nothing to say', () => {
		expect(summariseTrace([span(main, 'RunTask', 0, 1_000)])).toEqual({
			cpuMs: 0,
			tasks: 0,
			steps: [],
		});
	});
});

describe('phaseTimes(events)', () => {
	test('counts each instant once, for the innermost phase: style a script forces is style', () => {
		const times = phaseTimes([
			span(main, 'FunctionCall', 0, 10_000),
			span(main, 'FunctionCall', 1_000, 2_000),
			span(main, 'UpdateLayoutTree', 4_000, 3_000),
			span(main, 'Layout', 5_000, 1_000),
		]);
		expect(times).toEqual({ script: 7, style: 2, layout: 1, paint: 0 });
	});

	test('leaves out what is none of the four', () => {
		expect(phaseTimes([span(main, 'HitTest', 0, 5_000)])).toEqual({
			script: 0,
			style: 0,
			layout: 0,
			paint: 0,
		});
	});
});
