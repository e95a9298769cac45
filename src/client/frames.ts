/**
 * Putting work off until it can be done without making a frame late: a step change does only
 * what the reader sees at once, and each graphic's own work follows in a frame of its own.
 */

/** Runs `work` in the next animation frame but one's turn (after this frame is painted). */
export function nextFrame(work: () => void): () => void {
	let frame = requestAnimationFrame(() => {
		frame = requestAnimationFrame(work);
	});
	return () => cancelAnimationFrame(frame);
}
