/**
 * The p-th percentile (0–100) of a list of numbers, nearest-rank: always one of the values, so a
 * p95 frame time is a frame that happened. NaN for an empty list. No imports, so
 * tools/bench.mjs can load this file with Node's own TypeScript support.
 */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
	return sorted[Math.max(rank, 1) - 1]!;
}

/** The middle value of a list (the mean of the two middle ones for an even count); NaN if empty. */
export function median(values: readonly number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
