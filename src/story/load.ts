/**
 * The bridge from content/ to the components: loads every collection once, runs the
 * cross-entry checks (failing the build with file and field named), and shapes the data the
 * page renders. Components take what they need from here as props.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import {
	checkStory,
	formatProblem,
	sectionAnchor,
	type EntryInput,
} from '../lib/content/check-story';
import { orderSources } from '../lib/sources';
import { ContentError } from './check-files';
import type { Article } from './schemas/article';
import type { Claim, Question } from './schemas/claim';
import type { StoryEvent } from './schemas/event';
import type { Place } from './schemas/place';
import type { Scene, SceneOf } from './schemas/scene';
import type { Source } from './schemas/source';

type WithId<T> = T & { id: string };

export type SourceModel = WithId<Source> & { number: number };
export type SceneModel = WithId<Scene>;
/** A scene of one chart kind. */
export type SceneModelOf<Kind extends Scene['graphic']> = WithId<SceneOf<Kind>>;
export type PlaceModel = WithId<Place>;
export type EventModel = WithId<StoryEvent>;
export type ClaimModel = WithId<Claim>;
export type QuestionModel = WithId<Question>;

/** A scroll step with its scene resolved. */
export interface StepModel {
	id: string;
	/** Position among all the story's steps, 0 first. */
	index: number;
	section: string;
	scene: SceneModel;
	alt: string;
	events: string[];
}

export interface SectionModel {
	/** Anchor of the section (`#caspian-launch`), from its file name. */
	anchor: string;
	order: number;
	title: string;
	kicker: string;
	steps: StepModel[];
	entry: CollectionEntry<'story'>;
}

export interface StoryModel {
	article: Article;
	sections: SectionModel[];
	steps: StepModel[];
	/** In list order; `number` is the citation number. */
	sources: SourceModel[];
	events: EventModel[];
	claims: ClaimModel[];
	questions: QuestionModel[];
	places: Map<string, PlaceModel>;
	scenes: Map<string, SceneModel>;
}

let loading: Promise<StoryModel> | undefined;

/** The whole story, loaded and checked once per build. */
export function loadStory(): Promise<StoryModel> {
	loading ??= load();
	return loading;
}

async function load(): Promise<StoryModel> {
	const [article, story, sources, places, events, claims, questions, scenes] = await Promise.all([
		getCollection('article'),
		getCollection('story'),
		getCollection('sources'),
		getCollection('places'),
		getCollection('events'),
		getCollection('claims'),
		getCollection('questions'),
		getCollection('scenes'),
	]);

	const entries: EntryInput[] = [
		article,
		story,
		sources,
		places,
		events,
		claims,
		questions,
		scenes,
	].flatMap((collection) =>
		collection.map((entry) => ({
			collection: entry.collection,
			id: entry.id,
			file: entry.filePath ?? `${entry.collection}/${entry.id}`,
			data: entry.data,
			...('body' in entry && entry.body !== undefined ? { body: entry.body } : {}),
		})),
	);
	const problems = checkStory(entries);
	if (problems.length > 0) {
		throw new ContentError(
			`The content has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
		);
	}
	if (article.length !== 1) {
		throw new ContentError(`content/data/article.yaml: must hold exactly one article`);
	}

	const sceneMap = new Map(scenes.map((entry) => [entry.id, { ...entry.data, id: entry.id }]));
	const sorted = [...story].sort((a, b) => a.data.order - b.data.order);
	const steps: StepModel[] = [];
	const sections = sorted.map((entry): SectionModel => {
		const anchor = sectionAnchor(entry.id);
		const sectionSteps = entry.data.steps.map((step) => {
			const model: StepModel = {
				id: step.id,
				index: steps.length,
				section: anchor,
				scene: sceneMap.get(step.scene.id)!,
				alt: step.alt,
				events: step.events.map((event) => event.id),
			};
			steps.push(model);
			return model;
		});
		const { order, title, kicker } = entry.data;
		return { anchor, order, title, kicker, steps: sectionSteps, entry };
	});

	const withId = <T>(entry: { id: string; data: T }): WithId<T> => ({
		id: entry.id,
		...entry.data,
	});
	return {
		article: article[0]!.data,
		sections,
		steps,
		sources: orderSources(sources.map(withId)).map((source, index) => ({
			...source,
			number: index + 1,
		})),
		events: events
			.map(withId)
			.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '')),
		claims: claims.map(withId),
		questions: questions.map(withId),
		places: new Map(places.map((entry) => [entry.id, withId(entry)])),
		scenes: sceneMap,
	};
}

/** The story's scenes of one chart kind, in content order. */
export function scenesOf<Kind extends Scene['graphic']>(
	story: StoryModel,
	kind: Kind,
): SceneModelOf<Kind>[] {
	return [...story.scenes.values()].filter(
		(scene): scene is SceneModelOf<Kind> => scene.graphic === kind,
	);
}

/**
 * What a chart kind shows without JavaScript, in print and before any step is active: its scene
 * marked `overview`, else the first step's scene of that kind, else its first scene.
 */
export function overviewScene(story: StoryModel, kind: string): SceneModel | undefined {
	const scenes = [...story.scenes.values()].filter((scene) => scene.graphic === kind);
	return (
		scenes.find((scene) => scene.overview) ??
		story.steps.find((step) => step.scene.graphic === kind)?.scene ??
		scenes[0]
	);
}

/** The chart kinds the story's steps show, in the order of their first step. */
export function kindsInStory(story: StoryModel): string[] {
	return [...new Set(story.steps.map((step) => step.scene.graphic))];
}

/** Renders a section's MDX body. */
export async function renderSection(section: SectionModel) {
	return render(section.entry);
}
