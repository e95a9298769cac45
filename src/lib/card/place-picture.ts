/**
 * Puts a picture (a complete `<svg>` element) into a larger SVG document at the given box, as
 * a nested `<svg>` scaled to fit: its own width and height are replaced, its viewBox kept.
 */
export function placePicture(
	document: string,
	picture: string,
	box: { x: number; y: number; width: number; height: number },
): string {
	const open = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/.exec(picture);
	const close = document.lastIndexOf('</svg>');
	if (!open) throw new SyntaxError('the picture must be an <svg> element');
	if (close === -1) throw new SyntaxError('the document must be an <svg> element');
	const attributes = open[1]!.replace(/\s(?:x|y|width|height)\s*=\s*("[^"]*"|'[^']*')/g, '');
	const nested =
		`<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"${attributes}>` +
		picture.slice(open[0].length);
	return document.slice(0, close) + nested + document.slice(close);
}
