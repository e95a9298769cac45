/** What the timeline shows while a story step is active. */
export interface StepFocus {
	/** The step's events that are on the timeline, in timeline order. */
	events: string[];
	/** Where the "now" marker stands: the latest day among them, if any. */
	now: string | undefined;
}

/**
 * Maps a step's event ids to what the timeline highlights. `events` is the timeline's own list,
 * in its order; ids it does not hold are left out, so a stale id dims nothing and moves nothing.
 */
export function stepFocus(
	ids: readonly string[],
	events: readonly { id: string; date: string }[],
): StepFocus {
	const wanted = new Set(ids);
	const chosen = events.filter((event) => wanted.has(event.id));
	const now = chosen
		.map((event) => event.date)
		.sort()
		.at(-1);
	return { events: chosen.map((event) => event.id), now };
}
