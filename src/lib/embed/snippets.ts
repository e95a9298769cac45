import { DEFAULT_OPTIONS } from './options';
import { reservationStyle } from './reserve';

/** The sandbox both embed codes use: the chart's scripts, its origin, and new tabs for links. */
export const SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** What an embed code needs: the chart and the absolute URL of the site root (with its base). */
export interface SnippetInput {
	/** `map/<scene>` or `timeline`. */
	path: string;
	/** Names the iframe for screen readers. */
	title: string;
	/** e.g. https://example.org/stories/missiles/ — must end with a slash. */
	root: string;
	/** Height the plain iframe reserves, in pixels. */
	height: number;
}

/** The two embed codes for a chart: with our loader (auto-resizing), and a plain iframe. */
export function embedSnippets({ path, title, root, height }: SnippetInput): {
	loader: string;
	iframe: string;
} {
	const safeTitle = escapeAttribute(title);
	const page = new URL(`embed/${path}/?theme=${DEFAULT_OPTIONS.theme}`, root).href;
	return {
		loader: [
			// The style holds the chart's room until the loader runs, so the page does not move.
			`<div data-explainer-embed="${path}" data-theme="${DEFAULT_OPTIONS.theme}" data-title="${safeTitle}"`,
			`  style="${reservationStyle(path)}"></div>`,
			`<script async src="${new URL('embed.js', root).href}"></script>`,
		].join('\n'),
		iframe: [
			`<iframe src="${escapeAttribute(page)}" title="${safeTitle}"`,
			`  width="100%" height="${height}" loading="lazy" style="border:0"`,
			`  sandbox="${SANDBOX}"></iframe>`,
		].join('\n'),
	};
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
