import { labelSize, SIDE_ANCHOR, sideOffset, type PlacedLabel } from '../geo/labels';
import type { MapModel } from '../geo/map-model';

/**
 * The card's palette: the page's dark scheme, written out, because the card is drawn by resvg,
 * which sees no stylesheet and no CSS variables.
 */
const INK = '#ebe8e2';
const MUTED = '#b4b0a8';
const ACCENT = '#ff8a7a';
const REPORTED = '#f2b45c';
const SEA = '#24313c';
const LAND = '#2d3136';
const BORDER = '#5c6168';
const COAST = '#557894';
const HALO = '#1f2226';

/**
 * One map scene as a self-contained SVG for a social card: the scene's routes, areas, markers
 * and placed labels over the land, styled with attributes only. `model` is drawn for that
 * scene at the picture's size (mapModel), `placed` its labels (sceneLabels).
 */
export function mapPicture(model: MapModel, placed: ReadonlyMap<string, PlacedLabel>): string {
	const on = (element: { scenes: readonly string[] }) => element.scenes.includes(model.scene);
	const parts = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}">`,
		`<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse"><path d="M0 6 L6 0 M-1 1 L1 -1 M5 7 L7 5" stroke="${ACCENT}" stroke-opacity="0.6"/></pattern></defs>`,
		`<path d="${model.outline}" fill="${SEA}"/>`,
		`<path d="${model.land}" fill="${LAND}"/>`,
		`<path d="${model.borders}" fill="none" stroke="${BORDER}" stroke-width="0.8"/>`,
		`<path d="${model.coast}" fill="none" stroke="${COAST}" stroke-width="0.8"/>`,
		...model.strikes
			.filter(on)
			.map(
				(strike) =>
					`<path d="${strike.d}" fill="${ACCENT}" fill-opacity="0.3" stroke="${ACCENT}" stroke-width="1.25"/>`,
			),
		...model.areas.filter(on).map((area) => {
			const colour = area.status === 'reported' ? REPORTED : ACCENT;
			const fill = area.approximate && area.status === 'confirmed' ? 'url(#hatch)' : 'none';
			return `<path d="${area.d}" fill="${fill}" stroke="${colour}" stroke-width="1.75" stroke-dasharray="5 3.5"/>`;
		}),
		...model.routes
			.filter(on)
			.map(
				(route) =>
					`<path d="${route.d}" fill="none" stroke="${ACCENT}" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>`,
			),
		...model.markers
			.filter(on)
			.map(
				(marker) =>
					`<circle cx="${marker.x}" cy="${marker.y}" r="4" fill="${marker.symbol === 'dot' ? INK : ACCENT}" stroke="${HALO}" stroke-width="1.5"/>`,
			),
		...model.labels.filter(on).flatMap((label) => {
			const spot = placed.get(label.id);
			if (!spot?.side) return [];
			const country = label.kind === 'country';
			const [dx, dy] = sideOffset(
				spot.side,
				labelSize(label.text, country ? 'country' : 'place').height,
			);
			const colour = label.status === 'reported' ? REPORTED : country ? MUTED : INK;
			const size = country ? 11 : 13;
			const text = country ? label.text.toUpperCase() : label.text;
			return [
				`<text x="${label.x + dx + spot.shift[0]}" y="${label.y + dy + spot.shift[1]}" font-family="Inter" font-size="${size}" font-weight="${country ? 500 : 600}"${country ? ' letter-spacing="1.3"' : ''} text-anchor="${SIDE_ANCHOR[spot.side]}" dominant-baseline="central" fill="${colour}" stroke="${HALO}" stroke-width="3" stroke-linejoin="round" paint-order="stroke">${escapeText(text)}</text>`,
			];
		}),
		'</svg>',
	];
	return parts.join('');
}

function escapeText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
