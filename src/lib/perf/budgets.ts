/**
 * The site's budgets, in one place: the bench and every size test read them. `target` is what `npm run bench` compares
 * against; `limit`, where there is one, is a hard limit that `npm test` enforces. Bytes are
 * gzip-compressed transfer sizes; 1 kB is 1,000 bytes.
 */
export const BUDGETS = {
	/** Everything the page downloads, all requests together. */
	transferBytes: { target: 60_000, limit: 150_000 },
	/** An embed page (/embed/…) with everything it loads: issue 6's hard limit. */
	embedTransferBytes: { target: 60_000, limit: 60_000 },
	/** The story's region TopoJSON as committed (content/map/region.topo.json), uncompressed. */
	regionTopologyBytes: { target: 40_000, limit: 40_000 },
	/** The embed loader (/embed.js) that host pages include, gzip. */
	embedLoaderBytes: { target: 2_000, limit: 3_000 },
	/** The timeline's own client code, on top of the D3 modules and story scripts it shares. */
	timelineScriptBytes: { target: 8_000, limit: 8_000 },
	/** The JavaScript files among them. */
	scriptBytes: { target: 25_000, limit: 40_000 },
	/** The story's inline map (the <story-map> element's markup), gzipped on its own. */
	mapInlineBytes: { target: 40_000, limit: 40_000 },
	/** The map's script with every module it imports, gzipped. */
	mapScriptBytes: { target: 15_000, limit: 15_000 },
	/** Requests to any origin but the site's own. */
	thirdPartyRequests: { target: 0, limit: 0 },
	/** Each Lighthouse mobile category score, 0–100. */
	lighthouseScore: { target: 100 },
	/** Cumulative layout shift. */
	cls: { target: 0 },
	/** Lighthouse's total blocking time, ms. */
	totalBlockingTimeMs: { target: 0 },
	/** Tasks over 50 ms while scrolling through every step at 4× CPU slowdown. */
	longTasks: { target: 0 },
	/** The longest frame inside a scene transition while scrolling at 4× CPU, ms. */
	transitionFrameMs: { target: 33 },
	/** The 95th percentile frame while scrolling at 4× CPU, ms. */
	frameP95Ms: { target: 17 },
} as const;

/** How long a main-thread task may run before it counts as a long task, ms. */
export const LONG_TASK_MS = 50;
