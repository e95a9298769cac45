import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What one printed page holds: its text (whitespace removed) and whether anything is drawn. */
export interface PrintedPage {
	text: string;
	paints: boolean;
}

const TEXT = [
	OPS.showText,
	OPS.showSpacedText,
	OPS.nextLineShowText,
	OPS.nextLineSetSpacingShowText,
];
const STROKES_AND_FILLS = [
	OPS.stroke,
	OPS.closeStroke,
	OPS.fill,
	OPS.eoFill,
	OPS.fillStroke,
	OPS.eoFillStroke,
	OPS.closeFillStroke,
	OPS.closeEOFillStroke,
	OPS.rawFillPath,
];
const IMAGES = [
	OPS.shadingFill,
	OPS.paintImageMaskXObject,
	OPS.paintImageMaskXObjectGroup,
	OPS.paintImageXObject,
	OPS.paintInlineImageXObject,
	OPS.paintInlineImageXObjectGroup,
	OPS.paintImageXObjectRepeat,
	OPS.paintImageMaskXObjectRepeat,
	OPS.paintSolidColorImageMask,
];

/** Text with all whitespace removed and ligatures unfolded, so layout cannot change a match. */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Reads a PDF's pages: the text on each, and whether it draws anything at all. */
export async function readPdf(data: Uint8Array): Promise<PrintedPage[]> {
	const task = getDocument({ data, verbosity: 0 });
	const pdf = await task.promise;
	const pages: PrintedPage[] = [];
	for (let number = 1; number <= pdf.numPages; number += 1) {
		const page = await pdf.getPage(number);
		const content = await page.getTextContent();
		const text = squash(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
		const { fnArray, argsArray } = await page.getOperatorList();
		// A path is drawn only when its paint operator strokes or fills it (not for a clip).
		const paints = fnArray.some(
			(op, index) =>
				TEXT.includes(op) ||
				STROKES_AND_FILLS.includes(op) ||
				IMAGES.includes(op) ||
				(op === OPS.constructPath && STROKES_AND_FILLS.includes(argsArray[index]?.[0])),
		);
		pages.push({ text, paints });
	}
	await task.destroy();
	return pages;
}
