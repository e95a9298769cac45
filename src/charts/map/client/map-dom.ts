/**
 * Writing to the server-rendered map: which scenes a shape shows in, and where the marks
 * (markers and labels, in the screen-space layer) go. Positions are shares of the frame, as the
 * server writes them, so marks follow the frame's size until they are placed again.
 */
import { round } from '../../../lib/geo/math';
import type { LabelSpot } from '../../../lib/geo/scene-labels';
import type { Transform } from '../../../lib/geo/types';

/** The kinds of scene-dependent shape, as named in the payload's `shapes` keys. */
const SHAPE_KINDS = ['tint', 'strike', 'area', 'route'] as const;

/** Every scene-dependent shape of the drawing with the scenes it shows in (payload `shapes`). */
export function shapesOf(
	root: Element,
	shapes: Record<string, readonly string[]>,
): Map<SVGElement, readonly string[]> {
	const found = new Map<SVGElement, readonly string[]>();
	for (const kind of SHAPE_KINDS) {
		for (const element of root.querySelectorAll<SVGElement>(`[data-${kind}]`)) {
			found.set(element, shapes[`${kind}:${element.dataset[kind]}`] ?? []);
		}
	}
	return found;
}

/** Elements by the value of one of their data attributes (`data-label`, `data-marker`). */
export function byId<T extends Element>(root: Element, name: string): Map<string, T> {
	return new Map(
		[...root.querySelectorAll<T>(`[data-${name}]`)].map((element) => [
			element.getAttribute(`data-${name}`)!,
			element,
		]),
	);
}

/** Marks an element as shown in the scene or not (StoryMap.css fades and hides the rest). */
export function turn(element: Element, on: boolean): void {
	if (on !== element.hasAttribute('data-on')) element.toggleAttribute('data-on', on);
}

/** Puts a mark (a nested <svg> at its anchor) at a share of the frame. */
export function moveMark(mark: SVGSVGElement, left: number, top: number): void {
	mark.setAttribute('x', `${round(left * 100, 2)}%`);
	mark.setAttribute('y', `${round(top * 100, 2)}%`);
}

/** Puts a label where its spot says: its anchor, and its text, on one line or two, to its side. */
export function placeLabel(label: SVGSVGElement, spot: LabelSpot): void {
	moveMark(label, spot.left, spot.top);
	const text = label.firstElementChild;
	if (!text) return;
	text.setAttribute('x', String(spot.dx));
	text.setAttribute('y', String(spot.dy));
	text.setAttribute('text-anchor', spot.anchor);
	const [first, ...more] = spot.lines;
	if (more.length === 0) {
		if (text.childElementCount > 0) text.textContent = first?.text ?? '';
		return;
	}
	text.replaceChildren(
		...spot.lines.map((line) => {
			const span = document.createElementNS(text.namespaceURI, 'tspan');
			span.setAttribute('x', String(spot.dx));
			span.setAttribute('y', String(line.dy));
			span.textContent = line.text;
			return span;
		}),
	);
}

/** A transform as CSS: what the compositor plays for the layer that holds the drawing. */
export const cssTransform = ({ k, x, y }: Transform) =>
	`translate(${round(x, 2)}px, ${round(y, 2)}px) scale(${k})`;

/** A transform as an SVG attribute. */
export const svgTransform = ({ k, x, y }: Transform) => `translate(${x} ${y}) scale(${k})`;
