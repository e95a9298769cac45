/** Mean radius of the Earth, for turning kilometres into angles and back. */
export const EARTH_RADIUS_KM = 6371;

/** Degrees per radian. */
export const DEGREES = 180 / Math.PI;

/**
 * The projection: Lambert conformal conic, centred on 35°E, true to scale at 30°N and 50°N.
 * Conformal keeps coastlines and the Caspian in their familiar shapes from Brussels to Iran.
 */
export const PROJECTION = { rotate: [-35, 0], parallels: [30, 50] } as const;

/**
 * The size the server renders at when nothing else is asked for (about the stage's shape on a
 * laptop). StoryMap.css repeats it, to scale labels without JavaScript.
 */
export const STATIC_SIZE = { width: 800, height: 640 } as const;

/** The narrowest the server-rendered map is expected to be shown, in px (a small phone). */
export const STATIC_LABEL_WIDTH = 360;

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

/** Label sizes in px, as drawn whatever the zoom: place labels and country names. */
export const LABEL_FONT = { place: 13, country: 11 } as const;

/**
 * Average advance width of a character, in ems, of the system UI fonts in semibold, erring
 * wide (DejaVu Sans, the widest common one): the server places labels on this estimate, the
 * browser on the widths it measures. Country names are set in spaced capitals, hence wider.
 */
export const CHAR_WIDTH_EM = { place: 0.64, country: 0.82 } as const;

/** Gap between a marker and its label, in px. */
export const LABEL_GAP = 7;

/** A country is named in a scene when this share of the scene's frame is its land. */
export const COUNTRY_LABEL_SHARE = 0.04;

/** Half the size of a marker, in px, kept clear of labels. */
export const MARKER_RADIUS = 5;
