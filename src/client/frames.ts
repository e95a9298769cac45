/**
 * Putting work off until it can be done without making a frame late: a step change does only
 * what the reader sees at once, and each graphic's own work follows in a frame of its own.
 */

/**
 * Runs `work` in the next animation frame, before it is painted: called from a frame's own
 * callbacks (a step change), that is the frame after this one.
 */
export function inNextFrame(work: () => void): () => void {
	const frame = requestAnimationFrame(work);
	return () => cancelAnimationFrame(frame);
}

/** Runs `work` in the next animation frame but one's turn (after this frame is painted). */
export function nextFrame(work: () => void): () => void {
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(work);
	});
	return () => cancelAnimationFrame(frame);
}
