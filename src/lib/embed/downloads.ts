/**
 * The data behind the charts, as files readers can download from data/: each chart kind's
 * src/charts/<kind>/data.ts makes its own from the story (see src/charts/data.ts).
 */

/** A data file to publish. */
export interface DataFile {
	/** File name under data/, e.g. `timeline-events.csv`. */
	name: string;
	/** What a link to it says, e.g. "Events (CSV)". */
	label: string;
	/** Media type it is served as. */
	type: string;
	/** The scenes whose charts it is behind; every scene of its kind when omitted. */
	scenes?: string[];
	body: string;
}

/** The licence the data is published under: one line to show, and where to read it. */
export interface DataLicence {
	text: string;
	url?: string | undefined;
}

/** Where a data file is written, relative to the site's base. */
export function dataPath(name: string): string {
	return `data/${name}`;
}

/** Media types of the formats the kinds write. */
export const MEDIA_TYPES = {
	csv: 'text/csv; charset=utf-8',
	json: 'application/json; charset=utf-8',
	geojson: 'application/geo+json',
} as const;

/** Throws, naming the file, if two files share a name: one would silently replace the other. */
export function assertUniqueNames(files: readonly DataFile[]): void {
	const seen = new Set<string>();
	for (const { name } of files) {
		if (seen.has(name)) throw new Error(`two chart kinds write the data file data/${name}`);
		seen.add(name);
	}
}
