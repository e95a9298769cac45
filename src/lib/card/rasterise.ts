import { Resvg } from '@resvg/resvg-js';
import { CARD_FONT, CARD_FONT_FILES } from './fonts';

/**
 * Renders an SVG to PNG bytes at `width` pixels wide, with the card's fonts only: system fonts
 * are not loaded, so the picture does not depend on the machine that builds it.
 */
export function rasterise(
	svg: string,
	width: number,
	background?: string,
): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width },
		...(background ? { background } : {}),
		font: {
			loadSystemFonts: false,
			fontFiles: CARD_FONT_FILES,
			defaultFontFamily: CARD_FONT,
			sansSerifFamily: CARD_FONT,
		},
	});
	// A copy on a plain ArrayBuffer: what `new Response()` accepts as a body.
	return new Uint8Array(resvg.render().asPng());
}
