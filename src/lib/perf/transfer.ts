/**
 * A page's downloads split by kind, for the size gate (npm test) and the benchmark. No imports,
 * so tools/bench.mjs can load this file with Node's own TypeScript support.
 */

/** The kinds of download the budgets are split by. */
export type ResourceKind = 'html' | 'js' | 'css' | 'font' | 'image' | 'data' | 'other';

const BY_EXTENSION: Record<string, ResourceKind> = {
	html: 'html',
	htm: 'html',
	js: 'js',
	mjs: 'js',
	css: 'css',
	woff2: 'font',
	woff: 'font',
	ttf: 'font',
	otf: 'font',
	svg: 'image',
	png: 'image',
	jpg: 'image',
	jpeg: 'image',
	webp: 'image',
	avif: 'image',
	gif: 'image',
	ico: 'image',
	json: 'data',
	topojson: 'data',
	geojson: 'data',
	csv: 'data',
	txt: 'data',
	xml: 'data',
	webmanifest: 'data',
};

/**
 * What kind of download a URL path is, from its extension; a path ending in `/` is a page.
 * Content types are not used, so a file on disk and the same file over HTTP agree.
 */
export function resourceKind(path: string): ResourceKind {
	const clean = path.split(/[?#]/)[0] ?? '';
	if (clean === '' || clean.endsWith('/')) return 'html';
	const extension = /\.([a-z0-9]+)$/i.exec(clean)?.[1]?.toLowerCase();
	return (extension && BY_EXTENSION[extension]) || 'other';
}

/** One download: where from and how many (compressed) bytes. */
export interface Download {
	url: string;
	bytes: number;
}

/** A page's downloads added up, overall and by kind, largest first. */
export interface TransferSummary {
	total: number;
	requests: number;
	byKind: Record<ResourceKind, number>;
	largest: (Download & { kind: ResourceKind })[];
}

/** Adds up a page's downloads by kind; the URL's path decides the kind. */
export function summariseTransfer(downloads: readonly Download[]): TransferSummary {
	const byKind: Record<ResourceKind, number> = {
		html: 0,
		js: 0,
		css: 0,
		font: 0,
		image: 0,
		data: 0,
		other: 0,
	};
	const largest = downloads
		.map((download) => ({ ...download, kind: resourceKind(new URL(download.url).pathname) }))
		.sort((a, b) => b.bytes - a.bytes);
	for (const { kind, bytes } of largest) byKind[kind] += bytes;
	return {
		total: largest.reduce((sum, { bytes }) => sum + bytes, 0),
		requests: downloads.length,
		byKind,
		largest,
	};
}

/** Bytes as kB with one decimal, the unit the budgets are written in. */
export function formatKB(bytes: number): string {
	return `${(bytes / 1000).toFixed(1)} kB`;
}
