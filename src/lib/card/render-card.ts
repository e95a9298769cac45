import satori from 'satori';
import { cardFonts } from './fonts';
import { CARD_HEIGHT, CARD_WIDTH, PICTURE_WIDTH, cardLayout, type CardContent } from './layout';
import { placePicture } from './place-picture';
import { rasterise } from './rasterise';

/**
 * A social card as PNG bytes (CARD_WIDTH × CARD_HEIGHT): satori lays the text out with the
 * font's real metrics, the map picture goes into its panel, resvg draws the whole.
 */
export async function renderCard(content: CardContent): Promise<Uint8Array<ArrayBuffer>> {
	let svg = await satori(cardLayout(content), {
		width: CARD_WIDTH,
		height: CARD_HEIGHT,
		fonts: cardFonts(),
	});
	if (content.mapSvg) {
		svg = placePicture(svg, content.mapSvg, {
			x: CARD_WIDTH - PICTURE_WIDTH,
			y: 0,
			width: PICTURE_WIDTH,
			height: CARD_HEIGHT,
		});
	}
	return rasterise(svg, CARD_WIDTH);
}
