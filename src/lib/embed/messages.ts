/**
 * The messages between an embed page and the page that frames it: heights up (in our format and
 * in pym.js's), a theme down, and the checks each side applies before it trusts one.
 */
import { readTheme, type Theme } from './options';

/** `type` of our height message: `{ type, height, input? }`. */
export const HEIGHT_MESSAGE = 'explainer-embed:height';

/** `type` of the loader's theme message to an embed: `{ type, theme }`. */
export const THEME_MESSAGE = 'explainer-embed:theme';

/** `type` of the loader's request for a height report now: `{ type }`. */
export const MEASURE_MESSAGE = 'explainer-embed:measure';

/** Tallest height the loader will apply; anything larger is a bug or an attack. */
export const MAX_HEIGHT = 20_000;

/** A height report: the embed's content height, and whether the reader's own input caused it. */
export interface HeightReport {
	height: number;
	/** The reader just acted inside the embed (opened a table, a panel): apply at once. */
	input: boolean;
}

/** Our height message. */
export function heightMessage(
	height: number,
	input = false,
): { type: string; height: number; input?: true } {
	return { type: HEIGHT_MESSAGE, height: Math.ceil(height), ...(input ? { input } : {}) };
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
	return readHeightReport(data)?.height;
}

/** The whole height report of a well-formed height message (see readHeight), else undefined. */
export function readHeightReport(data: unknown): HeightReport | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, height, input } = data as { type?: unknown; height?: unknown; input?: unknown };
	if (type !== HEIGHT_MESSAGE || typeof height !== 'number') return undefined;
	if (!Number.isFinite(height) || height <= 0 || height > MAX_HEIGHT) return undefined;
	return { height: Math.ceil(height), input: input === true };
}

/** The loader's message asking an embed to show `theme` (the host's data-theme, as written). */
export function themeMessage(theme: string): { type: string; theme: string } {
	return { type: THEME_MESSAGE, theme };
}

/** The loader's request for a height report, for a frame whose width changed. */
export function measureMessage(): { type: string } {
	return { type: MEASURE_MESSAGE };
}

/** Whether a message is the loader's request for a height report. */
export function isMeasureMessage(data: unknown): boolean {
	return (
		typeof data === 'object' &&
		data !== null &&
		(data as { type?: unknown }).type === MEASURE_MESSAGE
	);
}

/**
 * What a theme message asks for: a theme, `invalid` with the raw value for a well-formed message
 * naming no theme (the embed warns and uses the default), or undefined for anything else.
 */
export function readThemeMessage(
	data: unknown,
): { theme: Theme } | { invalid: string } | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, theme } = data as { type?: unknown; theme?: unknown };
	if (type !== THEME_MESSAGE || typeof theme !== 'string') return undefined;
	const known = readTheme(theme);
	return known ? { theme: known } : { invalid: theme.slice(0, 40) };
}
