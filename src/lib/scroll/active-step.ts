/**
 * Index of the step whose top edge has most recently crossed the trigger line (the last step
 * whose top is at or above it), or -1 when none has. Tops and trigger are in viewport pixels;
 * steps are in document order, so tops only grow.
 */
export function activeStepIndex(tops: readonly number[], trigger: number): number {
	let active = -1;
	for (const [index, top] of tops.entries()) {
		if (top > trigger) break;
		active = index;
	}
	return active;
}
