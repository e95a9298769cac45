/**
 * Reading and writing the server-rendered map: the data a label carries, the widths the
 * browser will draw labels at, and putting elements in and out of the drawing.
 */
import type { Side } from '../../../lib/geo/labels';
import type { LabelData } from '../../../lib/geo/scene-labels';

/** The words of a space-separated attribute (`data-scenes="a b"`). */
export const words = (value: string | undefined) => (value ?? '').split(' ').filter(Boolean);

/** Puts an element in or out of the drawing: hidden ones cost nothing to lay out and paint. */
export function show(element: SVGElement, on: boolean): void {
	if (on) element.removeAttribute('display');
	else element.setAttribute('display', 'none');
}

/** A server-rendered label, as label placement needs it. */
export function readLabel(label: SVGGElement): LabelData {
	const data = label.dataset;
	return {
		id: data.label!,
		text: label.textContent ?? '',
		kind: data.kind === 'country' || data.kind === 'sea' ? data.kind : 'place',
		x: Number(data.x),
		y: Number(data.y),
		sides: words(data.sides) as Side[],
		scenes: words(data.scenes),
		required: words(data.required),
	};
}

/**
 * A label's width as the browser will draw it, from the font it resolved: the server can only
 * estimate it. Canvas measures without laying anything out, hidden labels included.
 */
export function textWidth(text: Element, canvas: CanvasRenderingContext2D): number {
	const style = getComputedStyle(text);
	const content = text.textContent ?? '';
	const shown = style.textTransform === 'uppercase' ? content.toUpperCase() : content;
	canvas.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
	return (
		canvas.measureText(shown).width + (Number.parseFloat(style.letterSpacing) || 0) * shown.length
	);
}

/** Milliseconds in a CSS time (`600ms`, `0.6s`). */
export function durationOf(value: string): number {
	const number = Number.parseFloat(value);
	if (!Number.isFinite(number)) return 0;
	return value.trim().endsWith('ms') ? number : number * 1000;
}
