/**
 * The height messages an embed page posts to its parent, in our format and in pym.js's, and the
 * check the loader applies before it trusts one.
 */

/** `type` of our height message: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'explainer-embed:height';

/** Tallest height the loader will apply; anything larger is a bug or an attack. */
export const MAX_HEIGHT = 20_000;

/** Our height message. */
export function heightMessage(height: number): { type: string; height: number } {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** pym.js's child height message, so pages that already use pym.js's parent can host us. */
export function pymHeightMessage(childId: string, height: number): string {
	return ['pym', childId, 'height', String(Math.ceil(height))].join('xPYMx');
}

/**
 * The height a message asks for, or undefined if it is not a well-formed height message:
 * wrong type, not a finite number, zero or negative, or absurdly tall.
 */
export function readHeight(data: unknown): number | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, height } = data as { type?: unknown; height?: unknown };
	if (type !== HEIGHT_MESSAGE || typeof height !== 'number') return undefined;
	if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return undefined;
	return Math.ceil(height);
}
