/** Where a step's share page is written, relative to the site's base path: `s/<step-id>/`. */
export function sharePath(stepId: string): string {
	return `s/${encodeURIComponent(stepId)}/`;
}

/** The step number as readers are told it: "Step 5 of 12". `index` counts from 0. */
export function stepOf(index: number, total: number): string {
	return `Step ${index + 1} of ${total}`;
}
