import { DEFAULT_OPTIONS } from './options';

/** The sandbox both embed codes use: the chart's scripts, its origin, and new tabs for links. */
export const SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** What an embed code needs: the chart and the absolute URL of the site root (with its base). */
export interface SnippetInput {
	/** `<kind>/<scene>` or `<kind>`. */
	path: string;
	/** Names the iframe for screen readers. */
	title: string;
	/** e.g. https://example.org/stories/missiles/ — must end with a slash. */
	root: string;
	/** Height the plain iframe keeps, in pixels: it cannot resize itself. */
	height: number;
}

/** The embed page's URL with the default options spelt out, as both codes load it. */
export function embedPageUrl(path: string, root: string): string {
	return new URL(`embed/${path}/?theme=${DEFAULT_OPTIONS.theme}`, root).href;
}

/**
 * The two embed codes for a chart: with our loader (auto-resizing), and a plain iframe. The
 * loader code holds no height: the loader, which each build rewrites, sizes the frame, so a code
 * pasted long ago still fits the chart after its content changes.
 */
export function embedSnippets({ path, title, root, height }: SnippetInput): {
	loader: string;
	iframe: string;
} {
	const safeTitle = escapeAttribute(title);
	return {
		loader: [
			`<div data-explainer-embed="${path}" data-theme="${DEFAULT_OPTIONS.theme}" data-title="${safeTitle}"></div>`,
			`<script async src="${new URL('embed.js', root).href}"></script>`,
		].join('\n'),
		iframe: iframeCode({ src: embedPageUrl(path, root), title, height }),
	};
}

/** A plain, fixed-height iframe of an embed page (also the oEmbed `html`). */
export function iframeCode({
	src,
	title,
	height,
}: {
	src: string;
	title: string;
	height: number;
}): string {
	return [
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}"`,
		`  width="100%" height="${height}" loading="lazy" style="border:0"`,
		`  sandbox="${SANDBOX}"></iframe>`,
	].join('\n');
}

function escapeAttribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
