import { describe, expect, test } from 'vitest';
import {
	ARTICLE_IMAGE_SIZES,
	OG_SIZE,
	cardLayout,
	isSideBySide,
	pictureBox,
	type CardNode,
} from '../../src/lib/card/layout';
import { renderCard } from '../../src/lib/card/render-card';
import { countColour, decodePng, pngSize } from '../e2e/support/png';

const ACCENT = '#ff8a7a';
const INK = '#ebe8e2';
const content = {
	kicker: 'Explainer',
	headline: 'Russia fired 26 cruise missiles at Syria from the Caspian Sea. Did some fall in Iran?',
	credit: 'The Desk',
};
/** A picture of a given shape whose accent rectangle fills it edge to edge. */
const filled = ({ width, height }: { width: number; height: number }) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="${ACCENT}"/></svg>`;

describe('ARTICLE_IMAGE_SIZES', () => {
	test('are 16:9, 4:3 and 1:1, each at least 1200 px wide', () => {
		for (const [ratio, { width, height }] of Object.entries(ARTICLE_IMAGE_SIZES)) {
			const [w, h] = ratio.split('x').map(Number);
			expect(width / height, ratio).toBeCloseTo(w! / h!, 3);
			expect(width, ratio).toBeGreaterThanOrEqual(1200);
		}
	});
});

describe('pictureBox(size)', () => {
	test('is a panel on the right of a wide card, a band under the text of a taller one', () => {
		expect(isSideBySide(OG_SIZE)).toBe(true);
		expect(isSideBySide(ARTICLE_IMAGE_SIZES['16x9'])).toBe(true);
		expect(isSideBySide(ARTICLE_IMAGE_SIZES['1x1'])).toBe(false);
		const box = pictureBox(ARTICLE_IMAGE_SIZES['4x3']);
		expect(box).toMatchObject({ x: 0, width: 1200 });
		expect(box.y + box.height).toBe(900);
		expect(box.height).toBeGreaterThan(400);
	});

	test('the layout leaves exactly that box for the picture', () => {
		for (const size of [OG_SIZE, ...Object.values(ARTICLE_IMAGE_SIZES)]) {
			const root = cardLayout({ ...content, mapSvg: filled(size) }, size);
			const panel = (root.props.children as CardNode[]).at(-1)!;
			const { width, height } = pictureBox(size);
			expect(root.props.style).toMatchObject(size);
			expect(panel.props.style).toMatchObject({ width, height });
		}
	});
});

describe('renderCard(content, size) in the article ratios', () => {
	test.each(Object.entries(ARTICLE_IMAGE_SIZES))(
		'%s: a PNG of that size, the headline in the text, the picture filling its box',
		async (_, size) => {
			const box = pictureBox(size);
			const png = await renderCard({ ...content, mapSvg: filled(box) }, size);
			expect(pngSize(png)).toEqual(size);
			const pixels = decodePng(png);
			// Sampled inside the box, away from its antialiased edges.
			const inner = { x: box.x + 4, y: box.y + 4, width: box.width - 8, height: 40 };
			expect(countColour(pixels, ACCENT, inner, 8)).toBe(inner.width * inner.height);
			const text = isSideBySide(size)
				? { x: 64, y: 100, width: box.x - 120, height: 300 }
				: { x: 64, y: 100, width: 1000, height: box.y - 160 };
			expect(countColour(pixels, INK, text)).toBeGreaterThan(5_000);
		},
	);
});
