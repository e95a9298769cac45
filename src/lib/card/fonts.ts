import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Inter as TrueType, from an npm package: the card must look the same on every machine, so it
// never falls back to fonts installed on the one that builds it. (satori reads TTF/OTF only.)
const require = createRequire(import.meta.url);
const FILES = {
	400: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
	700: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
} as const;

/** The card's font family name, as the layout and any SVG drawn for the card must write it. */
export const CARD_FONT = 'Inter';

/** Paths of the card's font files, for the rasteriser. */
export const CARD_FONT_FILES: string[] = Object.values(FILES);

/** A font as satori takes it. */
export interface CardFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

let loaded: CardFont[] | undefined;

/** The card's fonts, read once, for the layout engine. */
export function cardFonts(): CardFont[] {
	loaded ??= ([400, 700] as const).map((weight) => ({
		name: CARD_FONT,
		data: readFileSync(FILES[weight]),
		weight,
		style: 'normal',
	}));
	return loaded;
}
