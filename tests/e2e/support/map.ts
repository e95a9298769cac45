import type { Locator, Page } from '@playwright/test';
import { decodeMapPayload, type MapPayload } from '../../../src/lib/geo/map-payload';

/** The kinds of element the map draws per scene, by the data attribute that names them. */
export const MAP_KINDS = ['tint', 'strike', 'area', 'route', 'marker', 'label'] as const;

/** The story's map (or an embed's). */
export const storyMap = (page: Page): Locator => page.locator('story-map').first();

/** What the server handed the map's script: frames, labels, markers, and each shape's scenes. */
export async function mapPayload(page: Page): Promise<MapPayload> {
	const text = await storyMap(page).getAttribute('data-map');
	if (!text) throw new Error('the map carries no data-map payload');
	return decodeMapPayload(text);
}

/**
 * What a reader can see on the map now, as `kind:id`: every scene-dependent element that is
 * displayed, not transparent, and not inside a transparent layer.
 */
export const shown = (page: Page): Promise<string[]> =>
	storyMap(page).evaluate(
		(element, kinds) => {
			const selector = kinds.map((kind) => `[data-${kind}]`).join(',');
			return [...element.querySelectorAll<SVGElement>(selector)]
				.filter((e) => e.checkVisibility({ opacityProperty: true }))
				.map((e) => {
					const kind = kinds.find((candidate) => e.hasAttribute(`data-${candidate}`))!;
					return `${kind}:${e.getAttribute(`data-${kind}`)}`;
				});
		},
		MAP_KINDS as readonly string[],
	);

/** The ids of the elements of one kind (`route`, `marker`…) that a reader can see now. */
export const shownOf = async (page: Page, kind: (typeof MAP_KINDS)[number]) =>
	(await shown(page))
		.filter((item) => item.startsWith(`${kind}:`))
		.map((item) => item.slice(kind.length + 1));

/** What the payload says a scene shows: shapes (`kind:id`) and markers, in no order. */
export function listedIn(payload: MapPayload, scene: string): string[] {
	return [
		...Object.entries(payload.shapes)
			.filter(([, scenes]) => scenes.includes(scene))
			.map(([key]) => key),
		...payload.markers
			.filter((marker) => marker.scenes.includes(scene))
			.map((marker) => `marker:${marker.id}`),
	];
}

/** A visible label as the reader sees it: its box on screen and its text's size there. */
export interface SeenLabel {
	id: string;
	text: string;
	box: { left: number; top: number; right: number; bottom: number };
	/** The font size on screen, px: the computed size times the drawing's scale. */
	fontPx: number;
	/** The rendered text's advance width, px. */
	textWidth: number;
}

/**
 * Every label a reader can see in a map, with its box on screen. (checkVisibility alone misses
 * an SVG element whose ancestor <g> is not displayed, as another width band's labels are; such
 * text has an empty box.)
 */
export const seenLabels = (map: Locator): Promise<SeenLabel[]> =>
	map.evaluate((element) =>
		[...element.querySelectorAll<SVGSVGElement>('[data-label]')]
			.filter(
				(label) =>
					label.checkVisibility({ opacityProperty: true }) &&
					label.querySelector('text')!.getBoundingClientRect().width > 0,
			)
			.map((label) => {
				const text = label.querySelector('text')!;
				const box = text.getBoundingClientRect();
				const scale = text.getScreenCTM()?.a ?? 1;
				return {
					id: label.dataset.label!,
					text: text.textContent ?? '',
					box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
					fontPx: Number.parseFloat(getComputedStyle(text).fontSize) * scale,
					textWidth: text.getComputedTextLength() * scale,
				};
			}),
	);

/** The pairs of labels whose boxes overlap (by more than a hair: antialiasing). */
export function overlapping(labels: readonly SeenLabel[]): string[] {
	const pairs: string[] = [];
	for (const [index, a] of labels.entries()) {
		for (const b of labels.slice(index + 1)) {
			const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
			const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
			if (x > 0.5 && y > 0.5) pairs.push(`${a.text} × ${b.text}`);
		}
	}
	return pairs;
}

/** Whether an element's box lies inside the map's drawing area, as the reader sees it. */
export const inMap = (page: Page, selector: string) =>
	storyMap(page).evaluate((element, selector) => {
		const frame = element.querySelector('.story-map__canvas')!.getBoundingClientRect();
		const box = element.querySelector(selector)!.getBoundingClientRect();
		return (
			box.width > 0 &&
			box.left >= frame.left - 0.5 &&
			box.right <= frame.right + 0.5 &&
			box.top >= frame.top - 0.5 &&
			box.bottom <= frame.bottom + 0.5
		);
	}, selector);
