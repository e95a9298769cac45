/**
 * What an embed page needs about its chart: the chart itself, its credit line and the link back
 * to the step of the story where it appears.
 */
import { chartSources, creditLine, mapSources } from '../lib/embed/credits';
import { embeddableCharts, type EmbeddableChart } from '../lib/embed/charts';
import { timelineOrder } from '../lib/timeline/order';
import { loadStory, type StoryModel } from './story';

export interface EmbedPage extends EmbeddableChart {
	source: string;
	/** Id of the first story step that shows this chart's scene. */
	step: string | undefined;
}

/** Every embeddable chart with its credits, in gallery order. */
export async function loadEmbeds(): Promise<EmbedPage[]> {
	const story = await loadStory();
	return embeddableCharts([...story.scenes.values()]).map((chart) => ({
		...chart,
		source: credit(story, chart),
		step: story.steps.find((step) => step.scene.id === chart.scene)?.id,
	}));
}

/** The outlets behind what the chart shows: every event for the timeline, what a map draws. */
function credit(story: StoryModel, chart: EmbeddableChart): string {
	const events = timelineOrder(story.events).map((event) => ({
		places: event.places.map((place) => place.id),
		sources: event.sources.map((source) => source.id),
	}));
	const scene = story.scenes.get(chart.scene)!;
	const ids =
		chart.graphic === 'map'
			? mapSources(scene, [...story.places.values()], events)
			: chartSources(events);
	const outlets = ids.map((id) => story.sources.find((source) => source.id === id)!.outlet);
	return chart.graphic === 'map'
		? `${creditLine(outlets)}. Map: Natural Earth`
		: creditLine(outlets);
}
