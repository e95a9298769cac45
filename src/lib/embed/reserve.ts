/**
 * The height a frame is given before its embed has said how tall it is: by the loader when it
 * creates the iframe, and as the fixed height of the plain iframe code.
 *
 * It is a first guess from the width alone, the same for every chart, and nothing relies on it
 * being right. The embed's real height depends on how its text wraps in the reader's system
 * font, which no build can know, so instead of a height table that goes stale with every content
 * edit, the loader gives the frame the embed's measured height as soon as it reports it, at a
 * moment when that moves nothing the reader can see (src/client/embed-loader.ts). Embed codes
 * carry no height at all.
 */

/** The guessed height of a chart `width` px wide, in whole px; less without its caption. */
export function provisionalHeight(width: number, caption = true): number {
	// A drawing about 3:4 across the width, plus a few lines of title, description and credits.
	return Math.ceil(0.75 * Math.max(width, 0) + (caption ? 360 : 180));
}
