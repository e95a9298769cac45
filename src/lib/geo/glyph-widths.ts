/**
 * Advance widths of DejaVu Sans Bold, in hundredths of an em, for the printable ASCII
 * characters (space to ~), measured in Chromium's canvas. DejaVu Sans is what `system-ui`
 * resolves to on Linux and the widest sans of the stacks browsers fall back to (Liberation
 * Sans, WebKit's pick here, is about 16% narrower; the system fonts of phones and Macs are
 * narrower still), and bold is wider than the weights the labels use. So a label sized from
 * this table is never drawn wider than its box, whichever font the reader's browser finds.
 */
const WIDTHS = [
	35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70,
	70, 70, 40, 40, 84, 84, 84, 59, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86,
	74, 86, 78, 73, 69, 82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72,
	72, 35, 35, 67, 35, 105, 72, 69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
];

/** A width for anything outside the table: as wide as the widest letter. */
const WIDEST = Math.max(...WIDTHS);

/** How wide a text is drawn at most, in ems, in any font of the label stack (kerning ignored). */
export function textWidthEm(text: string): number {
	let hundredths = 0;
	// Letters with diacritics (Yayladağı) are as wide as their base letter.
	for (const char of text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i')) {
		hundredths += WIDTHS[char.charCodeAt(0) - 32] ?? WIDEST;
	}
	return hundredths / 100;
}
