/**
 * The picture a social card shows for a scene: an SVG string and its text alternative.
 *
 * Until the story map can render its scenes as SVG strings, the Caspian launch has a schematic
 * stand-in drawn from the places data (honestly labelled as a schematic), and the other scenes
 * have no picture, so their cards are text only. The story map replaces `STAND_INS` with its
 * own scene SVG: `{ svg: <the scene's <svg> element>, alt: scene.description }`.
 */
import { routeSchematic } from '../lib/card/route-schematic';
import type { PlaceModel, StoryModel } from './story';

/** A card's picture: a complete `<svg>` element and what it shows, for og:image:alt. */
export interface CardPicture {
	svg: string;
	alt: string;
}

const list = (names: string[]) =>
	names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');

function caspianLaunch(story: StoryModel, sceneId: string): CardPicture | undefined {
	const scene = story.scenes.get(sceneId);
	if (!scene) return undefined;
	const places = scene.focus.map((ref) => story.places.get(ref.id)!);
	// The launch area is the one place drawn as an area; every other place is a target.
	const origin = places.find((place) => place.kind === 'area');
	const targets = places.filter((place): place is PlaceModel => place !== origin);
	if (!origin || targets.length === 0) return undefined;
	const names = targets.map((place) => place.name);
	return {
		svg: routeSchematic({
			caption: scene.title,
			origin,
			targets,
			originLabel: [origin.name, ...(origin.approximate ? ['(launch area approximate)'] : [])],
			targetLabel:
				names.length > 1
					? [`Targets in ${names.slice(0, -1).join(', ')}`, `and ${names.at(-1)} provinces`]
					: [`Target in ${names[0]} province`],
			note: 'Schematic, not to scale',
		}),
		alt: `Schematic of the missile routes from the ${origin.name} to targets in ${list(names)} provinces.`,
	};
}

const STAND_INS: Record<string, (story: StoryModel, sceneId: string) => CardPicture | undefined> = {
	'caspian-launch': caspianLaunch,
};

/** The card picture for a scene, if one can be drawn yet. */
export function scenePicture(story: StoryModel, sceneId: string): CardPicture | undefined {
	return STAND_INS[sceneId]?.(story, sceneId);
}
