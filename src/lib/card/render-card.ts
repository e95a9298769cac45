import satori from 'satori';
import { cardFonts } from './fonts';
import { OG_SIZE, cardLayout, pictureBox, type CardContent, type CardSize } from './layout';
import { placePicture } from './place-picture';
import { rasterise } from './rasterise';

/**
 * A card as PNG bytes, at `size` (the Open Graph card's, 1200 × 630, by default): satori lays
 * the text out with the font's real metrics, the map picture goes into its box, resvg draws
 * the whole.
 */
export async function renderCard(
	content: CardContent,
	size: CardSize = OG_SIZE,
): Promise<Uint8Array<ArrayBuffer>> {
	let svg = await satori(cardLayout(content, size), { ...size, fonts: cardFonts() });
	if (content.mapSvg) svg = placePicture(svg, content.mapSvg, pictureBox(size));
	return rasterise(svg, size.width);
}
