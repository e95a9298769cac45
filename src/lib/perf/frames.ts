/**
 * What a scroll recording says about smoothness: frame durations overall and inside each scene
 * transition, and long tasks. Pure, with no imports, so tools/bench.mjs can load it with Node's
 * own TypeScript support and the unit tests can check it.
 */

/** What the page recorded while the bench scrolled it; all times are performance.now() ms. */
export interface ScrollRecording {
	/** The timestamp of every animation frame, in order. */
	frames: number[];
	/** When each `scene-change` event fired. */
	changes: number[];
	/** When the page went from no running transition to some (`[data-transition]` appeared). */
	starts: number[];
	/** When the last running transition ended (no `[data-transition]` left). */
	settles: number[];
	/** Long tasks: when each started and how long it ran. */
	longTasks: { start: number; duration: number }[];
}

/** A scene transition's time span, from its scene change to when the graphic settled. */
export interface TransitionWindow {
	start: number;
	end: number;
}

/**
 * The time each scene change keeps the page busy: from the change to the first moment after it
 * with no transition running, but at least `minimum` ms (the change's own frames: captions,
 * live region), and never past the next change, which interrupts it.
 */
export function transitionWindows(
	{ changes, settles }: Pick<ScrollRecording, 'changes' | 'settles'>,
	minimum = 100,
): TransitionWindow[] {
	return changes.map((start, index) => {
		const settled = settles.find((time) => time > start) ?? start;
		const next = changes[index + 1] ?? Number.POSITIVE_INFINITY;
		return { start, end: Math.min(Math.max(settled, start + minimum), next) };
	});
}

/** The duration of each frame: the time since the one before it. */
export function frameDurations(frames: readonly number[]): number[] {
	return frames.slice(1).map((time, index) => time - frames[index]!);
}

/** The longest frame that overlaps a window (NaN if none does). */
export function worstFrameIn(frames: readonly number[], window: TransitionWindow): number {
	let worst = Number.NaN;
	for (let index = 1; index < frames.length; index += 1) {
		const [begin, end] = [frames[index - 1]!, frames[index]!];
		if (end > window.start && begin < window.end && !(end - begin <= worst)) worst = end - begin;
	}
	return worst;
}
