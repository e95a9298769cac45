/**
 * A few numbers animated together on d3-timer, the frame loop d3-transition runs on, without
 * d3-selection and d3-transition themselves: together they weigh 14 KB gzipped, almost the
 * map's whole budget, for what this map needs of them. Same semantics as a named d3
 * transition: one at a time, and stopping one leaves every value where it was, so the next
 * starts from there.
 */
import { easeCubicInOut } from 'd3-ease';
import { timer } from 'd3-timer';

/** One value moved from `from` to `to` between `delay` and `delay + duration` ms. */
export interface Tween {
	from: number;
	to: number;
	delay: number;
	duration: number;
	set: (value: number) => void;
}

/** Runs the tweens, eased, and calls `done` after the last; returns a function that stops them. */
export function runTweens(tweens: readonly Tween[], done: () => void): () => void {
	const total = Math.max(0, ...tweens.map((tween) => tween.delay + tween.duration));
	const last = tweens.map(() => Number.NaN);
	const run = timer((elapsed) => {
		for (const [index, tween] of tweens.entries()) {
			const t = Math.min(1, Math.max(0, (elapsed - tween.delay) / (tween.duration || 1)));
			if (t === last[index]) continue;
			last[index] = t;
			tween.set(tween.from + (tween.to - tween.from) * easeCubicInOut(t));
		}
		if (elapsed >= total) {
			run.stop();
			done();
		}
	});
	return () => run.stop();
}
