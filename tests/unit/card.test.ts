import satori from 'satori';
import { describe, expect, test } from 'vitest';
import { cardFonts } from '../../src/lib/card/fonts';
import {
	CARD_HEIGHT,
	CARD_WIDTH,
	PICTURE_WIDTH,
	cardLayout,
	headlineSize,
	type CardContent,
	type CardNode,
} from '../../src/lib/card/layout';
import { placePicture } from '../../src/lib/card/place-picture';
import { rasterise } from '../../src/lib/card/rasterise';
import { renderCard } from '../../src/lib/card/render-card';
import { mapPicture } from '../../src/lib/card/map-picture';
import { mapModel } from '../../src/lib/geo/map-model';
import { sceneLabels } from '../../src/lib/geo/scene-labels';
import { mapScenes, places, region } from './geo/story-data';
import { countColour, decodePng, pngSize } from '../e2e/support/png';

const ACCENT = '#ff8a7a';
const INK = '#ebe8e2';
const square = (body: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="50" height="50">${body}</svg>`;
const texts = (node: CardNode | string): string[] =>
	typeof node === 'string'
		? [node]
		: (typeof node.props.children === 'string'
				? [node.props.children]
				: node.props.children
			).flatMap(texts);

describe('headlineSize(headline, withPicture)', () => {
	test('is never larger for a longer headline', () => {
		for (const withPicture of [true, false]) {
			const sizes = [20, 60, 100, 140, 200].map((n) => headlineSize('x'.repeat(n), withPicture));
			expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		}
	});
});

describe('cardLayout(content)', () => {
	const content = { kicker: 'Explainer', headline: 'The headline', credit: 'The Desk' };

	test('says the kicker, headline and credit, in that order', () => {
		expect(texts(cardLayout(content))).toEqual(['Explainer', 'The headline', 'The Desk']);
	});

	test('adds the standfirst under the headline', () => {
		expect(texts(cardLayout({ ...content, standfirst: 'From the story' }))).toEqual([
			'Explainer',
			'The headline',
			'From the story',
			'The Desk',
		]);
	});

	test('keeps a panel of PICTURE_WIDTH for the picture only when there is one', () => {
		const root = (mapSvg?: string) =>
			cardLayout({ ...content, mapSvg }).props.children as CardNode[];
		expect(root()).toHaveLength(1);
		expect(root(square('')).at(-1)?.props.style.width).toBe(PICTURE_WIDTH);
	});
});

describe('cardLayout(content) laid out by satori', () => {
	/** The boxes satori gives the text nodes, by their text. */
	async function textBoxes(content: CardContent) {
		const boxes = new Map<string, { left: number; top: number; right: number; bottom: number }>();
		await satori(cardLayout(content), {
			width: CARD_WIDTH,
			height: CARD_HEIGHT,
			fonts: cardFonts(),
			onNodeDetected: (node) => {
				if (node.textContent === undefined) return;
				const { left, top, width, height } = node;
				boxes.set(node.textContent, { left, top, right: left + width, bottom: top + height });
			},
		});
		return boxes;
	}
	const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

	test.each([
		[4, true],
		[14, true],
		[24, true],
		[60, true],
		[14, false],
		[60, false],
	])(
		'a %i-word headline (picture: %s) stays in its column, above the credit',
		async (count, withPicture) => {
			const headline = words(count);
			const mapSvg = withPicture ? square('') : undefined;
			const boxes = await textBoxes({ kicker: 'Explainer', headline, credit: 'The Desk', mapSvg });
			const column = withPicture ? CARD_WIDTH - PICTURE_WIDTH : CARD_WIDTH;
			const title = boxes.get(headline)!;
			const credit = boxes.get('The Desk')!;
			expect(title.right).toBeLessThanOrEqual(column - 40);
			expect(title.bottom).toBeLessThan(credit.top - 20);
			expect(credit.bottom).toBeLessThanOrEqual(CARD_HEIGHT - 40);
		},
	);
});

describe('placePicture(document, picture, box)', () => {
	const document = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect/></svg>';

	test('nests the picture at the box, keeping its viewBox and replacing its size', () => {
		const placed = placePicture(document, square('<circle r="5"/>'), {
			x: 100,
			y: 0,
			width: 100,
			height: 100,
		});
		expect(placed).toBe(
			'<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect/>' +
				'<svg x="100" y="0" width="100" height="100" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle r="5"/></svg>' +
				'</svg>',
		);
	});

	test('accepts a picture with an XML declaration', () => {
		const placed = placePicture(document, `<?xml version="1.0"?>\n${square('')}`, {
			x: 0,
			y: 0,
			width: 10,
			height: 10,
		});
		expect(placed).not.toContain('<?xml');
	});

	test.each([
		['<g/>', document],
		[square(''), '<g/>'],
	])('refuses a picture or document that is not an <svg> (%s in %s)', (picture, doc) => {
		expect(() => placePicture(doc, picture, { x: 0, y: 0, width: 1, height: 1 })).toThrow(
			SyntaxError,
		);
	});
});

describe('mapPicture(model, placed)', () => {
	const picture = (scene: string) => {
		const model = mapModel({
			topology: region,
			places,
			scenes: mapScenes,
			scene,
			width: 560,
			height: 630,
		});
		const placed = sceneLabels(model.labels, model.markers, scene, { k: 1, x: 0, y: 0 }, 560, 630);
		return { model, svg: mapPicture(model, placed) };
	};

	test('draws the scene and only the scene: its routes, areas and labels', () => {
		const { model, svg } = picture('caspian-launch');
		const routes = model.routes.filter((route) => route.scenes.includes('caspian-launch'));
		expect(routes.length).toBeGreaterThan(0);
		for (const route of model.routes) {
			expect(svg.includes(`d="${route.d}"`)).toBe(route.scenes.includes('caspian-launch'));
		}
		expect(svg).toContain('>Raqqa</text>');
		expect(svg).not.toContain('>Brussels</text>');
	});

	test('styles everything with attributes, for a renderer that sees no stylesheet', () => {
		const { svg } = picture('iran-impact');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 560 630"/);
		expect(svg).not.toMatch(/var\(|class=|style=/);
		const crash = places.find((place) => place.id === 'takab-crash')!;
		expect(svg).toContain(`>${crash.name}</text>`);
	});

	test('renders on the card as a map: land, sea and the accent of the routes', async () => {
		const { svg } = picture('caspian-launch');
		const pixels = decodePng(
			await renderCard({ kicker: 'Map', headline: 'Launch', credit: 'Desk', mapSvg: svg }),
		);
		const panel = {
			x: CARD_WIDTH - PICTURE_WIDTH,
			y: 0,
			width: PICTURE_WIDTH,
			height: CARD_HEIGHT,
		};
		expect(countColour(pixels, ACCENT, panel, 40)).toBeGreaterThan(500);
	});
});

describe('rasterise(svg, width, background)', () => {
	test('scales to the width asked for', () => {
		expect(pngSize(rasterise(square('<rect width="100" height="100"/>'), 180))).toEqual({
			width: 180,
			height: 180,
		});
	});

	test('draws text with the packaged font, whatever fonts the machine has', () => {
		const text = '<text x="5" y="70" font-size="60" fill="#000">Hi</text>';
		const pixels = decodePng(rasterise(square(text), 100, '#ffffff'));
		expect(countColour(pixels, '#000000')).toBeGreaterThan(200);
	});
});

describe('renderCard(content)', () => {
	const content = {
		kicker: 'Explainer',
		headline:
			'Russia fired 26 cruise missiles at Syria from the Caspian Sea. Did some fall in Iran?',
		credit: 'The Desk',
	};
	const picture = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 630"><rect x="100" y="100" width="360" height="60" fill="${ACCENT}"/><text x="100" y="300" font-size="60" fill="${INK}">Picture text</text></svg>`;
	const panel = { x: CARD_WIDTH - PICTURE_WIDTH, y: 0, width: PICTURE_WIDTH, height: CARD_HEIGHT };

	test('is a CARD_WIDTH × CARD_HEIGHT PNG of tens of kilobytes', async () => {
		const png = await renderCard({ ...content, mapSvg: picture });
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect(png.byteLength).toBeLessThan(100_000);
	});

	test('draws the picture in its panel on the right, text and all', async () => {
		const pixels = decodePng(await renderCard({ ...content, mapSvg: picture }));
		expect(
			countColour(pixels, ACCENT, { x: panel.x + 100, y: 100, width: 360, height: 60 }, 8),
		).toBe(360 * 60);
		// Text in the picture is drawn, not dropped for want of a font.
		expect(
			countColour(pixels, INK, { x: panel.x + 100, y: 240, width: 400, height: 70 }),
		).toBeGreaterThan(500);
	});

	test.each([
		['without a picture', undefined, CARD_WIDTH],
		['beside a picture', picture, CARD_WIDTH - PICTURE_WIDTH],
	])(
		'breaks a word too long for a line (%s), instead of cutting it off at the edge',
		async (_, mapSvg, column) => {
			// The longest headline the schema allows, as one word; then a long scene title.
			for (const headline of ['W'.repeat(140), `The ${'Caspian'.repeat(11)}`]) {
				const pixels = decodePng(await renderCard({ ...content, headline, mapSvg }));
				const band = (y: number) =>
					countColour(pixels, INK, { x: 64, y, width: column - 64 - 52, height: 40 });
				// Nothing in the column's right margin, where a word running past its edge would be.
				const margin = { x: column - 40, y: 80, width: 40, height: 400 };
				expect(countColour(pixels, INK, margin), headline).toBe(0);
				// The word goes on over more than one line.
				const lines = [120, 180, 240, 300, 360].filter((y) => band(y) > 200);
				expect(lines.length, headline).toBeGreaterThan(1);
			}
		},
	);

	test('draws the headline in the text column', async () => {
		const pixels = decodePng(await renderCard(content));
		expect(countColour(pixels, INK, { x: 64, y: 100, width: 600, height: 300 })).toBeGreaterThan(
			5_000,
		);
	});
});
