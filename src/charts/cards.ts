/**
 * The pictures on the scenes' social cards, from each kind's optional src/charts/<kind>/card.ts
 * (see ./types.ts). Plain TypeScript, so every page's head can use it without pulling in a
 * chart's styles.
 */
import type { StoryModel } from '../story/load';

/** A scene's picture on a social card: an `<svg>` string and what it shows. */
export interface CardPicture {
	svg: string;
	alt: string;
}

type CardModule = { cardPicture: (story: StoryModel, sceneId: string) => CardPicture | undefined };

const cards = import.meta.glob<CardModule>('./*/card.ts', { eager: true });

/** The picture a social card shows for a scene, if its kind draws one. */
export function cardPictureOf(story: StoryModel, sceneId: string): CardPicture | undefined {
	const scene = story.scenes.get(sceneId);
	if (!scene) return undefined;
	return cards[`./${scene.graphic}/card.ts`]?.cardPicture(story, sceneId);
}
