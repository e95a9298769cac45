/**
 * The social cards the build writes (src/pages/social/[name].png.ts): one for the story and
 * one per scene, so a shared embed or step link shows its own chart, all at Open Graph's
 * 1200 × 630; and the article's images in 16:9, 4:3 and 1:1 for its structured data. Pages
 * name theirs with `card`.
 */
import { cardPictureOf } from '../charts/cards';
import { chartDefinition } from '../charts/registry';
import {
	ARTICLE_IMAGE_SIZES,
	OG_SIZE,
	pictureBox,
	type CardContent,
	type CardSize,
} from '../lib/card/layout';
import { loadStory } from './load';

/** The story's card; it shows the scene the article names in its `card` field. */
export const STORY_CARD = 'story';

/** A card to render: its file name, size and what it shows. */
export interface CardSpec {
	/** File name without extension: `story`, `story-16x9`, or a scene id. */
	name: string;
	size: CardSize;
	content: CardContent;
	/** Text alternative of the whole card, for og:image:alt. */
	alt: string;
}

/** Where a card is written, relative to the site's base path. */
export function cardPath(name: string): string {
	return `social/${name}.png`;
}

/** The names of the article's images in the three ratios, widest first. */
export const ARTICLE_IMAGES = Object.keys(ARTICLE_IMAGE_SIZES).map(
	(ratio) => `${STORY_CARD}-${ratio}`,
);

let loading: Promise<CardSpec[]> | undefined;

/** Every card: the story's first, its three ratios, then one per scene. Computed once per build. */
export function loadCards(): Promise<CardSpec[]> {
	loading ??= buildCards();
	return loading;
}

async function buildCards(): Promise<CardSpec[]> {
	const story = await loadStory();
	const { article } = story;
	const card = (
		name: string,
		size: CardSize,
		text: Omit<CardContent, 'credit' | 'mapSvg'>,
		sceneId: string,
	): CardSpec => {
		const picture = cardPictureOf(story, sceneId, pictureBox(size));
		return {
			name,
			size,
			content: { ...text, credit: article.author, mapSvg: picture?.svg },
			alt: picture ? `${text.headline} ${picture.alt}` : text.headline,
		};
	};
	const storyText = { kicker: article.page.kicker, headline: article.headline };
	return [
		card(STORY_CARD, OG_SIZE, storyText, article.card),
		...Object.entries(ARTICLE_IMAGE_SIZES).map(([ratio, size]) =>
			card(`${STORY_CARD}-${ratio}`, size, storyText, article.card),
		),
		...[...story.scenes.values()].map((scene) =>
			card(
				scene.id,
				OG_SIZE,
				{
					kicker: chartDefinition(scene.graphic).label,
					headline: scene.title,
					standfirst: `From the explainer “${article.headline}”`,
				},
				scene.id,
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
