import { CARD_FONT } from './fonts';

/** Open Graph's recommended large-image size; Twitter/X, Mastodon and Bluesky crop from it. */
export const CARD_WIDTH = 1200;
/** The card's height: 1.91:1 with CARD_WIDTH. */
export const CARD_HEIGHT = 630;
/** Width of the picture panel on the right; the text column takes the rest. */
export const PICTURE_WIDTH = 560;

/** A card's size in pixels. */
export interface CardSize {
	width: number;
	height: number;
}

/** Where the picture goes on a card: a rectangle in the card's pixels. */
export interface CardBox extends CardSize {
	x: number;
	y: number;
}

/** The Open Graph card, 1.91:1: what link previews show. */
export const OG_SIZE: CardSize = { width: CARD_WIDTH, height: CARD_HEIGHT };

/**
 * The article's images in the three ratios Google's article guidance asks for, each 1200 px
 * wide (it wants at least 50,000 pixels; Discover, at least 1200 px wide), by file suffix.
 */
export const ARTICLE_IMAGE_SIZES = {
	'16x9': { width: 1200, height: 675 },
	'4x3': { width: 1200, height: 900 },
	'1x1': { width: 1200, height: 1200 },
} as const satisfies Record<string, CardSize>;

/** Cards at least this wide for their height put the picture beside the text, else under it. */
const SIDE_BY_SIDE = 1.6;
/** A stacked card's text band: kicker, four lines of headline at 60 px (140 characters), credit. */
const STACKED_TEXT = 460;

/** Whether a card of this size has its picture beside the text (wide) or under it. */
export function isSideBySide(size: CardSize): boolean {
	return size.width / size.height >= SIDE_BY_SIDE;
}

/**
 * The picture's rectangle: a PICTURE_WIDTH panel on the right of a wide card, the full width
 * under the text of a taller one (a map reads better wide than as a narrow strip).
 */
export function pictureBox(size: CardSize): CardBox {
	if (isSideBySide(size)) {
		return { x: size.width - PICTURE_WIDTH, y: 0, width: PICTURE_WIDTH, height: size.height };
	}
	const height = Math.max(0, size.height - STACKED_TEXT);
	return { x: 0, y: STACKED_TEXT, width: size.width, height };
}

// The site's dark palette (src/styles/global.css): a dark card stands out in light feeds and
// keeps the accent colour the story's routes are drawn in.
const PAPER = '#15171a';
const PANEL = '#1f2226';
const INK = '#ebe8e2';
const MUTED = '#b4b0a8';
const ACCENT = '#ff8a7a';

/** What a social card says and shows. */
export interface CardContent {
	/** The large text: the article's headline, or a scene's title. */
	headline: string;
	/** The small line above it, e.g. "Explainer". */
	kicker: string;
	/** Smaller text under the headline, e.g. which story a scene's card comes from. */
	standfirst?: string | undefined;
	/** The line at the foot of the card: who published it. */
	credit: string;
	/**
	 * The picture: a complete `<svg>` element with a viewBox (a map scene), fitted into the
	 * card's `pictureBox`, so best drawn at that box's size. Styles must be attributes or a `<style>` inside
	 * it (no CSS variables). Without it the text takes the whole card.
	 */
	mapSvg?: string | undefined;
}

/** A node of the layout tree, in the element shape satori reads (no React needed). */
export interface CardNode {
	type: string;
	props: { style: Record<string, string | number>; children: (CardNode | string)[] | string };
}

const node = (
	type: string,
	style: Record<string, string | number>,
	children: CardNode['props']['children'] = [],
): CardNode => ({ type, props: { style, children } });

/** Headline size in px: as large as fits the column in at most five lines. */
export function headlineSize(headline: string, withPicture: boolean): number {
	const length = headline.length;
	if (!withPicture) return length <= 60 ? 72 : length <= 110 ? 60 : 48;
	return length <= 50 ? 60 : length <= 90 ? 54 : length <= 130 ? 44 : 36;
}

/**
 * The card's layout tree at a size (the Open Graph card's by default): kicker and headline over
 * the credit, the picture in its `pictureBox`, on the right or underneath.
 */
export function cardLayout(content: CardContent, size: CardSize = OG_SIZE): CardNode {
	const withPicture = Boolean(content.mapSvg);
	const beside = isSideBySide(size);
	const text = node(
		'div',
		{
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			flexGrow: 1,
			padding: '60px 52px 52px 64px',
			borderLeft: `12px solid ${ACCENT}`,
			// A word wider than the column (a pasted URL, a long compound) is broken where it must
			// be, instead of running off the card or under the picture. The children inherit it.
			wordBreak: 'break-word',
		},
		[
			node('div', { display: 'flex', flexDirection: 'column' }, [
				node(
					'div',
					{
						fontSize: 24,
						fontWeight: 700,
						letterSpacing: 2,
						textTransform: 'uppercase',
						color: ACCENT,
					},
					content.kicker,
				),
				node(
					'div',
					{
						marginTop: 22,
						fontSize: headlineSize(content.headline, withPicture && beside),
						fontWeight: 700,
						lineHeight: 1.12,
						color: INK,
						lineClamp: 6,
					},
					content.headline,
				),
				...(content.standfirst
					? [
							node(
								'div',
								{ marginTop: 28, fontSize: 28, lineHeight: 1.3, color: MUTED, lineClamp: 3 },
								content.standfirst,
							),
						]
					: []),
			]),
			node('div', { fontSize: 24, fontWeight: 400, color: MUTED }, content.credit),
		],
	);
	// The picture's panel stays empty here: placePicture() puts the SVG into it afterwards,
	// because satori would draw it as an image, and text in an SVG image loses its fonts.
	const box = pictureBox(size);
	const panel = node('div', {
		width: box.width,
		height: box.height,
		flexShrink: 0,
		backgroundColor: PANEL,
	});
	const children = withPicture ? [text, panel] : [text];
	return node(
		'div',
		{
			display: 'flex',
			flexDirection: beside ? 'row' : 'column',
			width: size.width,
			height: size.height,
			backgroundColor: PAPER,
			fontFamily: CARD_FONT,
		},
		children,
	);
}
