/** Mean radius of the Earth, for turning kilometres into angles and back. */
export const EARTH_RADIUS_KM = 6371;

/** Degrees per radian. */
export const DEGREES = 180 / Math.PI;

/**
 * The size the server renders at when nothing else is asked for (about the stage's shape on a
 * laptop). StoryMap.css repeats it, to scale labels without JavaScript.
 */
export const STATIC_SIZE = { width: 800, height: 640 } as const;

/**
 * The narrowest the story's server-rendered map is expected to be shown, in px (a small phone):
 * without JavaScript its labels are placed for this width, which leaves them clear of one
 * another at any width above it.
 */
export const STATIC_LABEL_WIDTH = 360;

/**
 * Width bands of a static map (an embed), in px: labels are placed at build time for the
 * narrowest width of each band, and StoryMap.css shows the layout of the band the map's width
 * falls in (container queries), so labels stay readable and apart at any width, without
 * JavaScript. The first band also serves anything narrower.
 */
export const LABEL_BANDS = [240, 320, 440, 600, 900] as const;

/** Room kept around a scene's places, as a share of the smaller side, and its floor in px. */
export const FRAME_PADDING = { share: 0.08, min: 16 } as const;

/** A single point is framed as a circle this wide, so a scene never zooms onto a pin. */
export const FOCUS_MARGIN_KM = 40;

/** How finely route legs are sampled: a point at least every this many kilometres. */
export const ROUTE_STEP_KM = 25;

/** The drawn size of a strike area around a place (the strikes hit its surroundings). */
export const STRIKE_RADIUS_KM = 14;

/** Points on an ellipse drawn for an area, and on a region edge per degree of longitude. */
export const ELLIPSE_POINTS = 72;

/**
 * Label sizes in px, as drawn whatever the zoom or the width: place labels and country names.
 * Never under 12, the smallest a reader can be asked to read on a phone.
 */
export const LABEL_FONT = { place: 13, country: 12 } as const;

/** The letter-spacing of country names (set in spaced capitals), in ems; StoryMap.css repeats it. */
export const COUNTRY_TRACKING = 0.12;

/** Gap between a marker and its label, in px; a corner label keeps it along both axes. */
export const LABEL_GAP = 7;

/** A label box's height, as a share of its font size (one line with the halo). */
export const LABEL_LINE = 1.25;

/** A country is named in a scene when this share of the scene's frame is its land. */
export const COUNTRY_LABEL_SHARE = 0.04;

/** Half the size of a marker, in px, kept clear of labels. */
export const MARKER_RADIUS = 5;

/** A number rounded to `digits` decimals: coordinates the server writes into the page. */
export const round = (value: number, digits = 1) => {
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale;
};
