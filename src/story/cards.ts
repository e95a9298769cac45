/**
 * The social cards the build writes (src/pages/social/[name].png.ts): one for the story and
 * one per scene, so a shared embed link shows its own chart. Pages name theirs with `card`.
 */
import { cardPictureOf } from '../charts/cards';
import { chartDefinition } from '../charts/registry';
import type { CardContent } from '../lib/card/layout';
import { loadStory } from './load';

/** The story's card; it shows the scene the article names in its `card` field. */
export const STORY_CARD = 'story';

/** A card to render: its file name and what it shows. */
export interface CardSpec {
	/** File name without extension: `story`, or a scene id. */
	name: string;
	content: CardContent;
	/** Text alternative of the whole card, for og:image:alt. */
	alt: string;
}

/** Where a card is written, relative to the site's base path. */
export function cardPath(name: string): string {
	return `social/${name}.png`;
}

let loading: Promise<CardSpec[]> | undefined;

/** Every card: the story's first, then one per scene. Computed once per build. */
export function loadCards(): Promise<CardSpec[]> {
	loading ??= buildCards();
	return loading;
}

async function buildCards(): Promise<CardSpec[]> {
	const story = await loadStory();
	const { article } = story;
	const card = (
		name: string,
		kicker: string,
		headline: string,
		sceneId: string,
		standfirst?: string,
	): CardSpec => {
		const picture = cardPictureOf(story, sceneId);
		return {
			name,
			content: { kicker, headline, standfirst, credit: article.author, mapSvg: picture?.svg },
			alt: picture ? `${headline} ${picture.alt}` : headline,
		};
	};
	return [
		card(STORY_CARD, 'Explainer', article.headline, article.card),
		...[...story.scenes.values()].map((scene) =>
			card(
				scene.id,
				chartDefinition(scene.graphic).label,
				scene.title,
				scene.id,
				`From the explainer “${article.headline}”`,
			),
		),
	];
}

/** The card of one name; throws if there is none, so a typo fails the build. */
export async function findCard(name: string): Promise<CardSpec> {
	const card = (await loadCards()).find((candidate) => candidate.name === name);
	if (!card) throw new Error(`no social card named "${name}"; see src/story/cards.ts`);
	return card;
}
