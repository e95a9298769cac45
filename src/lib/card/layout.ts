import { CARD_FONT } from './fonts';

/** Open Graph's recommended large-image size; Twitter/X, Mastodon and Bluesky crop from it. */
export const CARD_WIDTH = 1200;
/** The card's height: 1.91:1 with CARD_WIDTH. */
export const CARD_HEIGHT = 630;
/** Width of the picture panel on the right; the text column takes the rest. */
export const PICTURE_WIDTH = 560;

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
	 * The picture on the right: a complete `<svg>` element with a viewBox (a map scene), fitted
	 * into a PICTURE_WIDTH × CARD_HEIGHT panel. Styles must be attributes or a `<style>` inside
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

/** The card's layout tree: kicker and headline over the credit, the picture on the right. */
export function cardLayout(content: CardContent): CardNode {
	const withPicture = Boolean(content.mapSvg);
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
						fontSize: headlineSize(content.headline, withPicture),
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
	const panel = node('div', { width: PICTURE_WIDTH, flexShrink: 0, backgroundColor: PANEL });
	const children = withPicture ? [text, panel] : [text];
	return node(
		'div',
		{
			display: 'flex',
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			backgroundColor: PAPER,
			fontFamily: CARD_FONT,
		},
		children,
	);
}
