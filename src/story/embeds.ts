/**
 * What an embed page needs about its chart: the chart itself, its credit line, the link back to
 * the step of the story where it appears, and the data behind it.
 */
import { chartSources, creditLine, mapSources } from '../lib/embed/credits';
import { embeddableCharts, type EmbeddableChart } from '../lib/embed/charts';
import type { DataLicence } from '../lib/embed/downloads';
import { allDataFiles, dataFilesOf } from '../charts/data';
import { CHARTS, chartDefinition } from '../charts/registry';
import { timelineOrder } from '../lib/timeline/order';
import { loadStory, type StoryModel } from './load';

/** A link to one of the data files (src/pages/data/[file].ts). */
export interface DataLink {
	/** File name under data/. */
	name: string;
	label: string;
	/** Media type, as the link's `type` hint. */
	type: string;
}

export interface EmbedPage extends EmbeddableChart {
	source: string;
	/** Id of the first story step that shows this chart's scene. */
	step: string | undefined;
	/** The data behind the chart, to download. */
	data: DataLink[];
	/** The licence the data is published under. */
	licence: DataLicence;
}

/** Every embeddable chart with its credits, in gallery order. */
export async function loadEmbeds(): Promise<EmbedPage[]> {
	const story = await loadStory();
	const files = allDataFiles(story);
	return embeddableCharts(
		inRegistryOrder([...story.scenes.values()]),
		(kind) => chartDefinition(kind).embed,
	).map((chart) => ({
		...chart,
		source: credit(story, chart),
		step: story.steps.find((step) => step.scene.id === chart.scene)?.id,
		data: dataFilesOf(files, chart).map(({ name, label, type }) => ({ name, label, type })),
		licence: story.article.dataLicence,
	}));
}

/** Every data file, with its body: what src/pages/data/[file].ts writes. */
export async function loadDataFiles() {
	return allDataFiles(await loadStory());
}

/** Scenes grouped by chart kind, in the registry's order (the gallery's). */
function inRegistryOrder<Scene extends { graphic: string }>(scenes: Scene[]): Scene[] {
	const rank = (scene: Scene) => CHARTS.findIndex((chart) => chart.kind === scene.graphic);
	return scenes.toSorted((a, b) => rank(a) - rank(b));
}

/** The outlets behind what the chart shows: what a chart of places draws, else every event. */
function credit(story: StoryModel, chart: EmbeddableChart): string {
	const events = timelineOrder(story.events).map((event) => ({
		places: event.places.map((place) => place.id),
		sources: event.sources.map((source) => source.id),
	}));
	const scene = story.scenes.get(chart.scene)!;
	const ids =
		'focus' in scene ? mapSources(scene, [...story.places.values()], events) : chartSources(events);
	const outlets = ids.map((id) => story.sources.find((source) => source.id === id)!.outlet);
	const { credit: extra } = chartDefinition(chart.graphic);
	return extra ? `${creditLine(outlets)}. ${extra}` : creditLine(outlets);
}

/**
 * The static paths of one kind's embed page, `/embed/<kind>/[...scene]`: a scene per chart of a
 * `per-scene` kind, none (`/embed/<kind>/`) for a `single` one.
 */
export async function embedPaths(kind: string) {
	const charts = (await loadEmbeds()).filter((chart) => chart.graphic === kind);
	return charts.map((chart) => ({
		params: { scene: chart.path === kind ? undefined : chart.scene },
		props: { chart },
	}));
}
