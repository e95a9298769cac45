/**
 * What a Chromium performance trace (DevTools protocol `Tracing`) says about the main thread:
 * its CPU time in all, and the cost of each task in which a step became active, split into
 * script, style, layout and paint. The bench records a trace with `--trace`; CPU time is much
 * steadier from run to run than the wall time of a frame, so it shows a change that the 4×
 * figures cannot resolve. Pure: it reads the events and nothing else.
 */

/** One trace event, as Chromium writes it (times in µs). */
export interface TraceEvent {
	name: string;
	ph: string;
	pid: number;
	tid: number;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, when the trace has it. */
	tdur?: number;
	args?: { name?: string; data?: { message?: string; type?: string } };
}

export type Phase = 'script' | 'style' | 'layout' | 'paint';

/** The events that stand for each phase. A phase nested in another counts for the inner one. */
const PHASES: Record<Phase, readonly string[]> = {
	script: ['FunctionCall', 'EvaluateScript', 'v8.compile'],
	style: ['UpdateLayoutTree', 'RecalculateStyles'],
	layout: ['Layout'],
	paint: ['PrePaint', 'Paint', 'Layerize', 'Commit'],
};
/** Inner first: style forced by a script is style, not script. */
const PRIORITY: readonly Phase[] = ['layout', 'style', 'paint', 'script'];

const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The label a page gives a step change in the trace: `console.timeStamp(STEP_MARK + …)`. */
export const STEP_MARK = 'step-change ';

export interface StepTask {
	/** What followed STEP_MARK in the page's time stamp (the step, its graphic and scene). */
	step: string;
	cpuMs: number;
	phases: Record<Phase, number>;
}

export interface TraceSummary {
	/** The main thread's CPU time over the whole trace, ms. */
	cpuMs: number;
	tasks: number;
	/** Each task in which the page marked a step change, in order. */
	steps: StepTask[];
}

/** Summarises the renderer's main thread: the one on which the page marked its step changes. */
export function summariseTrace(events: readonly TraceEvent[]): TraceSummary {
	const marks = events.filter((event) => event.args?.data?.message?.startsWith(STEP_MARK));
	const mains = events.filter(
		(event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
	);
	const main = mains.find((thread) => marks.some((mark) => same(mark, thread))) ?? mains.at(0);
	if (!main) return { cpuMs: 0, tasks: 0, steps: [] };
	const onMain = events.filter((event) => same(event, main) && event.ph === 'X');
	const tasks = onMain.filter((event) => TASKS.has(event.name));
	const steps = marks
		.filter((mark) => same(mark, main))
		.flatMap((mark) => {
			const task = tasks.find((t) => mark.ts >= t.ts && mark.ts <= t.ts + (t.dur ?? 0));
			if (!task) return [];
			const inside = onMain.filter(
				(event) => event.ts >= task.ts && event.ts + (event.dur ?? 0) <= task.ts + task.dur!,
			);
			return [
				{
					step: mark.args!.data!.message!.slice(STEP_MARK.length),
					cpuMs: ms(cpu(task)),
					phases: phaseTimes(inside),
				},
			];
		});
	return {
		cpuMs: ms(tasks.reduce((sum, task) => sum + cpu(task), 0)),
		tasks: tasks.length,
		steps,
	};
}

/**
 * Wall time in each phase, ms: every instant of the task goes to the innermost phase running
 * then, so nothing is counted twice.
 */
export function phaseTimes(events: readonly TraceEvent[]): Record<Phase, number> {
	const spans = events.flatMap((event) => {
		const phase = PRIORITY.find((p) => PHASES[p].includes(event.name));
		return phase ? [{ phase, start: event.ts, end: event.ts + (event.dur ?? 0) }] : [];
	});
	const cuts = [...new Set(spans.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
	const totals: Record<Phase, number> = { script: 0, style: 0, layout: 0, paint: 0 };
	for (const [index, from] of cuts.slice(0, -1).entries()) {
		const to = cuts[index + 1]!;
		const running = spans.filter((span) => span.start <= from && span.end >= to);
		const phase = PRIORITY.find((p) => running.some((span) => span.phase === p));
		if (phase) totals[phase] += to - from;
	}
	return {
		script: ms(totals.script),
		style: ms(totals.style),
		layout: ms(totals.layout),
		paint: ms(totals.paint),
	};
}

const same = (a: TraceEvent, b: TraceEvent) => a.pid === b.pid && a.tid === b.tid;
const cpu = (event: TraceEvent) => event.tdur ?? event.dur ?? 0;
const ms = (us: number) => Math.round(us / 100) / 10;
