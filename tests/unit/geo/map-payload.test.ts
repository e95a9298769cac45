import { describe, expect, test } from 'vitest';
import { mapModel } from '../../../src/lib/geo/map-model';
import {
	decodeMapPayload,
	encodeMapPayload,
	type MapPayload,
} from '../../../src/lib/geo/map-payload';
import { mapScenes, places, region } from './story-data';

/** The payload StoryMap.astro hands the story's script, made the same way from the story. */
function storyPayload(): MapPayload {
	const model = mapModel({ topology: region, places, scenes: mapScenes, width: 800, height: 640 });
	return {
		size: [model.width, model.height],
		scene: model.scene,
		frames: model.frames,
		labels: model.labels,
		markers: model.markers.map(({ id, x, y, scenes }) => ({ id, x, y, scenes })),
		shapes: Object.fromEntries(model.routes.map((route) => [`route:${route.id}`, route.scenes])),
	};
}

describe('encodeMapPayload(payload) and decodeMapPayload(text)', () => {
	test('round-trip the story’s frames, labels, markers and shapes unchanged', () => {
		const payload = storyPayload();
		expect(payload.labels.length).toBeGreaterThan(0);
		expect(decodeMapPayload(encodeMapPayload(payload))).toEqual(payload);
	});

	test.each([
		['not JSON', '{', 'not JSON'],
		['a missing size', { size: [800] }, 'size must be [width, height]'],
		['a frame that is not a box', { frames: { a: [[0, 0]] } }, 'frames.a must be'],
		['a label with a side no label takes', { labels: [{ sides: ['up'] }] }, 'labels[0].sides[0]'],
		['a marker without an id', { markers: [{ x: 1, y: 2, scenes: [] }] }, 'markers[0].id'],
		['a shape’s scenes that are not strings', { shapes: { 'route:a': [1] } }, 'shapes.route:a[0]'],
	] as [string, unknown, string][])('names what is wrong: %s', (_, change, message) => {
		const payload = storyPayload();
		const broken =
			typeof change === 'string'
				? change
				: JSON.stringify({
						...payload,
						...(change as object),
						labels:
							(change as { labels?: object[] }).labels?.map((label) => ({
								...payload.labels[0],
								...label,
							})) ?? payload.labels,
					});
		expect(() => decodeMapPayload(broken)).toThrow(message);
	});
});
