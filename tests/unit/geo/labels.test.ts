import { describe, expect, test } from 'vitest';
import {
	labelSize,
	placeLabels,
	SIDE_ANCHOR,
	sideOffset,
	wrapLabel,
	type LabelRequest,
	type Side,
} from '../../../src/lib/geo/labels';
import { SIDES } from '../../../src/lib/geo/types';

const label = (
	id: string,
	x: number,
	y: number,
	extra: Partial<LabelRequest> = {},
): LabelRequest => ({
	id,
	x,
	y,
	width: 60,
	height: 16,
	sides: ['right', 'left', 'above', 'below'],
	...extra,
});

describe('placeLabels(requests, width, height, obstacles, { margin, crowding })', () => {
	test.each([
		['in the open', 100, 100, 'right'],
		['near the right edge', 370, 100, 'left'],
		['in the top right corner', 370, 12, 'left'],
	] as [string, number, number, Side][])('a label %s goes %s', (_, x, y, side) => {
		const [placed] = placeLabels([label('a', x, y)], 375, 600);
		expect(placed?.side).toBe(side);
	});

	test('a label above the top edge, with room only below, goes below', () => {
		const [placed] = placeLabels([label('a', 100, 4, { sides: ['above', 'below'] })], 375, 600);
		expect(placed?.side).toBe('below');
	});

	test('the second of two labels on one spot takes another side', () => {
		const [first, second] = placeLabels([label('a', 100, 100), label('b', 100, 100)], 375, 600);
		expect(first?.side).toBe('right');
		expect(second?.side).toBe('left');
	});

	test('a label with no free side is left out, unless it is required', () => {
		const crowd = [label('a', 100, 100), label('b', 100, 100), label('c', 100, 100)];
		const center = { sides: ['center'] as Side[] };
		const out = placeLabels([...crowd, label('d', 100, 100, center)], 375, 600);
		expect(out.at(-1)?.side).toBeNull();
		const kept = placeLabels(
			[...crowd, label('d', 100, 100, { ...center, required: true })],
			375,
			600,
		);
		expect(kept.at(-1)?.side).toBe('center');
	});

	test('markers are obstacles: a label does not cover one', () => {
		const marker: [[number, number], [number, number]] = [
			[120, 95],
			[130, 105],
		];
		const [placed] = placeLabels([label('a', 100, 100)], 375, 600, [marker]);
		expect(placed?.side).toBe('left');
	});

	test('a required label that sticks out whichever side it takes is shifted inside', () => {
		const wide = label('a', 360, 300, { width: 200, sides: ['center'], required: true });
		const [placed] = placeLabels([wide], 375, 600, [], { margin: 4 });
		expect(placed?.shift[0]).toBeCloseTo(-89);
		expect(placed?.box?.[1][0]).toBeCloseTo(371);
	});

	test('every placed label lies inside the frame', () => {
		const requests = Array.from({ length: 40 }, (_, i) =>
			label(`l${i}`, (i * 53) % 375, (i * 97) % 600, { required: i % 5 === 0 }),
		);
		for (const { box, side } of placeLabels(requests, 375, 600, [], { margin: 4 })) {
			if (!side || !box) continue;
			expect(box[0][0]).toBeGreaterThanOrEqual(4);
			expect(box[0][1]).toBeGreaterThanOrEqual(4);
			expect(box[1][0]).toBeLessThanOrEqual(371);
			expect(box[1][1]).toBeLessThanOrEqual(596);
		}
	});
});

describe('placeLabels: corners and crowding', () => {
	const corners: Side[] = ['right', 'left', 'above', 'below', 'above-right', 'below-left'];

	test('a point boxed in on four sides takes a corner', () => {
		const dot = (x: number, y: number): [[number, number], [number, number]] => [
			[x - 5, y - 5],
			[x + 5, y + 5],
		];
		const around = [dot(115, 100), dot(85, 100), dot(100, 85), dot(100, 115)];
		const [placed] = placeLabels([label('e', 100, 100, { sides: corners })], 375, 600, around);
		expect(placed?.side).toBe('above-right');
	});

	test('a required label with no room: shown over another, or left out when it must never overlap', () => {
		const crowd = [label('a', 100, 100, { sides: ['center'] })];
		const required = label('b', 100, 100, { sides: ['center'], required: true });
		expect(placeLabels([...crowd, required], 375, 600).at(-1)?.side).toBe('center');
		const never = placeLabels([...crowd, required], 375, 600, [], { crowding: 'never-overlap' });
		expect(never.at(-1)?.side).toBeNull();
	});

	test('a required label at the edge takes a clear spot shifted inside over an overlapping one', () => {
		// Above the anchor is a marker; below sticks out of the frame, so it is shifted back in.
		const marker: [[number, number], [number, number]] = [
			[195, 570],
			[205, 580],
		];
		const edge = label('a', 200, 590, { sides: ['above', 'below'], required: true });
		const [placed] = placeLabels([edge], 375, 600, [marker], { margin: 4 });
		expect(placed?.side).toBe('below');
		expect(placed?.box?.[1][1]).toBeCloseTo(596);
		expect(placed?.shift[1]).toBeCloseTo(-17);
	});
});

describe('sideOffset(side, height) and SIDE_ANCHOR', () => {
	test.each([...SIDES])(
		'text drawn at the %s offset fills the box placeLabels reserved',
		(side) => {
			const request = label('a', 200, 300, { sides: [side], width: 60, height: 16 });
			const [placed] = placeLabels([request], 1000, 1000);
			const [dx, dy] = sideOffset(side, 16);
			const left = { start: 0, middle: -30, end: -60 }[SIDE_ANCHOR[side]];
			expect(placed?.box).toEqual([
				[200 + dx + left, 300 + dy - 8],
				[200 + dx + left + 60, 300 + dy + 8],
			]);
		},
	);
});

describe('wrapLabel(text) and two-line labels', () => {
	test('breaks at the space that makes the longer line shortest', () => {
		expect(wrapLabel('Crash reported about 35 km from Takab')).toEqual([
			'Crash reported about',
			'35 km from Takab',
		]);
		expect(wrapLabel('Hmeimim air base')).toEqual(['Hmeimim', 'air base']);
	});

	test('a single word is not broken', () => {
		expect(wrapLabel('Aleppo')).toBeNull();
	});

	test('a label too wide for the frame on one line is set on two', () => {
		const long = label('a', 150, 300, {
			width: 280,
			sides: ['center'],
			wrapped: { width: 150, height: 32 },
		});
		const [placed] = placeLabels([long], 240, 600);
		expect(placed?.side).toBe('center');
		expect(placed?.lines).toBe(2);
		expect(placed?.box).toEqual([
			[75, 284],
			[225, 316],
		]);
	});

	test('one line is preferred where it fits', () => {
		const short = label('a', 150, 300, { sides: ['center'], wrapped: { width: 40, height: 32 } });
		expect(placeLabels([short], 375, 600)[0]?.lines).toBe(1);
	});
});

describe('labelSize(text, kind)', () => {
	test('grows with the text; spaced capitals take more room', () => {
		expect(labelSize('Takab', 'place').width).toBeLessThan(labelSize('Talbiseh', 'place').width);
		expect(labelSize('IRAN', 'place').width).toBeLessThan(labelSize('IRAN', 'country').width);
	});
});
