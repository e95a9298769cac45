/** What the numbered sources list needs of a source. */
export interface Dated {
	id: string;
	date: string;
	outlet: string;
}

/**
 * Orders sources for the numbered list: by publication date, then outlet, then id, so the
 * numbers are stable however the data file is arranged. Returns a new array.
 */
export function orderSources<T extends Dated>(sources: readonly T[]): T[] {
	return [...sources].sort(
		(a, b) =>
			a.date.localeCompare(b.date) || a.outlet.localeCompare(b.outlet) || a.id.localeCompare(b.id),
	);
}

/** A source title in [square brackets] is our description, not the outlet's headline. */
export function isDescribedTitle(title: string): boolean {
	return /^\[.*\]$/.test(title.trim());
}
