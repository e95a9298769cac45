/**
 * The picture a social card shows for a scene: the story map drawn for that scene at the
 * card's picture size, as an SVG string, with the scene's description as its text alternative.
 * The timeline has no picture: its card is text only.
 */
import { CARD_HEIGHT, PICTURE_WIDTH } from '../lib/card/layout';
import { mapPicture } from '../lib/card/map-picture';
import { mapModel } from '../lib/geo/map-model';
import { sceneLabels } from '../lib/geo/scene-labels';
import { region } from '../data/region';
import type { StoryModel } from './load';

/** A card's picture: a complete `<svg>` element and what it shows, for og:image:alt. */
export interface CardPicture {
	svg: string;
	alt: string;
}

/** The card picture for a scene, or undefined for a scene that is not drawn on the map. */
export function scenePicture(story: StoryModel, sceneId: string): CardPicture | undefined {
	const scene = story.scenes.get(sceneId);
	if (scene?.graphic !== 'map') return undefined;
	const model = mapModel({
		topology: region,
		places: [...story.places.values()],
		scenes: [...story.scenes.values()],
		scene: sceneId,
		width: PICTURE_WIDTH,
		height: CARD_HEIGHT,
	});
	const identity = { k: 1, x: 0, y: 0 };
	const placed = sceneLabels(
		model.labels,
		model.markers,
		sceneId,
		identity,
		model.width,
		model.height,
	);
	return { svg: mapPicture(model, placed), alt: `Map: ${scene.description}` };
}
