import { CARD_FONT } from './fonts';

/** A named point, WGS84 degrees. */
export interface SchematicPlace {
	name: string;
	lon: number;
	lat: number;
}

/** What routeSchematic() draws. */
export interface RouteSchematicInput {
	/** Bold line at the top, e.g. the scene's title. */
	caption: string;
	/** Where the routes start; drawn as an area, since the launch point was not published. */
	origin: SchematicPlace;
	/** Where the routes end. */
	targets: SchematicPlace[];
	/** One label for all the targets, which sit too close together to name one by one; a line each. */
	targetLabel: string[];
	/** Label of the origin area, a line each. */
	originLabel: string[];
	/** Small print at the foot, e.g. "Schematic, not to scale". */
	note: string;
	width?: number;
	height?: number;
}

const escapeXml = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A schematic of routes from one area to a few targets, as an SVG string: places keep their
 * relative positions (equirectangular, scaled by the mean latitude), with no coastlines or
 * borders. It stands in for a map scene on the social card until the real one can be drawn.
 */
export function routeSchematic(input: RouteSchematicInput): string {
	const { width = 560, height = 630 } = input;
	const places = [input.origin, ...input.targets];
	const meanLat = places.reduce((sum, p) => sum + p.lat, 0) / places.length;
	const kx = Math.cos((meanLat * Math.PI) / 180);
	const xs = places.map((p) => p.lon * kx);
	const ys = places.map((p) => -p.lat);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys),
	];
	const box = { left: 70, right: width - 70, top: 220, bottom: height - 200 };
	const scale = Math.min(
		(box.right - box.left) / Math.max(maxX - minX, 1e-9),
		(box.bottom - box.top) / Math.max(maxY - minY, 1e-9),
	);
	const offsetX = (box.left + box.right - (maxX - minX) * scale) / 2;
	const offsetY = (box.top + box.bottom - (maxY - minY) * scale) / 2;
	const project = (p: SchematicPlace): [number, number] => [
		r1(offsetX + (p.lon * kx - minX) * scale),
		r1(offsetY + (-p.lat - minY) * scale),
	];

	const [ox, oy] = project(input.origin);
	const ends = input.targets.map(project);
	// Bow each route northwards, as the great-circle arcs over Iran and Iraq do.
	const routes = ends.map(([x, y]) => {
		const bow = Math.hypot(x - ox, y - oy) * 0.18;
		return `<path d="M${ox} ${oy} Q${r1((ox + x) / 2)} ${r1(Math.min(oy, y) - bow)} ${x} ${y}"/>`;
	});
	const dots = ends.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="7"/>`);
	const text = (x: number, y: number, size: number, fill: string, body: string, extra = '') =>
		`<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(body)}</text>`;
	const lines = (x: number, y: number, body: string[], extra: string) =>
		body.map((line, i) => text(x, r1(y + i * 28), 22, '#ebe8e2', line, extra)).join('');
	const targetsLeft = Math.min(...ends.map(([x]) => x));
	const targetsBottom = Math.max(...ends.map(([, y]) => y));

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${CARD_FONT}">`,
		text(44, 84, 30, '#ebe8e2', input.caption, ' font-weight="700"'),
		`<circle cx="${ox}" cy="${oy}" r="30" fill="#ff8a7a" fill-opacity="0.18" stroke="#ff8a7a" stroke-width="2" stroke-dasharray="6 5"/>`,
		`<g fill="none" stroke="#ff8a7a" stroke-width="4" stroke-linecap="round">${routes.join('')}</g>`,
		`<g fill="#ebe8e2">${dots.join('')}</g>`,
		lines(r1(ox + 30), r1(oy + 64), input.originLabel, ' text-anchor="end"'),
		lines(r1(targetsLeft - 10), r1(targetsBottom + 44), input.targetLabel, ''),
		text(44, height - 44, 18, '#b4b0a8', input.note),
		'</svg>',
	].join('');
}
