/**
 * Putting work off until it can be done without making a frame late: a step change does only
 * what the reader sees at once, and each graphic's own work follows in a frame of its own, or
 * when the browser is idle for what nobody sees yet.
 */

/** Runs `work` in the next animation frame but one's turn (after this frame is painted). */
export function nextFrame(work: () => void): () => void {
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(work);
	});
	return () => cancelAnimationFrame(frame);
}

/** Runs `work` when the browser is idle, within half a second (WebKit has no idle callbacks). */
export function whenIdle(work: () => void): () => void {
	if ('requestIdleCallback' in window) {
		const handle = requestIdleCallback(work, { timeout: 500 });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(work, 50);
	return () => clearTimeout(timer);
}
