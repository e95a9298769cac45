/**
 * A map scene's picture on its social card: the story map drawn for that scene at the card's
 * picture size, as an SVG string, with the scene's description as its text alternative.
 */
import { region } from '../../data/region';
import { CARD_HEIGHT, PICTURE_WIDTH } from '../../lib/card/layout';
import { mapPicture } from '../../lib/card/map-picture';
import { mapModel } from '../../lib/geo/map-model';
import { sceneLabels } from '../../lib/geo/scene-labels';
import { scenesOf, type StoryModel } from '../../story/load';
import type { CardPicture } from '../cards';
import { mapChart } from './chart';

/** The card picture for a map scene; undefined for any other scene. */
export function cardPicture(story: StoryModel, sceneId: string): CardPicture | undefined {
	const scenes = scenesOf(story, 'map');
	const scene = scenes.find((candidate) => candidate.id === sceneId);
	if (!scene) return undefined;
	const model = mapModel({
		topology: region,
		places: [...story.places.values()],
		scenes,
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
	return { svg: mapPicture(model, placed), alt: `${mapChart.label}: ${scene.description}` };
}
