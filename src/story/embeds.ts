/**
 * What an embed page needs about its chart: the chart itself, its credit line and the link back
 * to the step of the story where it appears.
 */
import { chartSources, creditLine } from '../lib/embed/credits';
import { embeddableCharts, type EmbeddableChart } from '../lib/embed/charts';
import { loadStory, type StoryModel } from './load';

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

function credit(story: StoryModel, chart: EmbeddableChart): string {
	const scene = story.scenes.get(chart.scene);
	const events = story.events.map((event) => ({
		places: event.places.map((place) => place.id),
		sources: event.sources.map((source) => source.id),
	}));
	const focus = chart.graphic === 'map' ? scene?.focus.map((place) => place.id) : undefined;
	const ids = chartSources(events, focus);
	const outlets = ids.map((id) => story.sources.find((source) => source.id === id)!.outlet);
	return chart.graphic === 'map'
		? `${creditLine(outlets)}. Map: Natural Earth`
		: creditLine(outlets);
}
