/** A chart that other sites can embed: one map scene, or the timeline. */
export interface EmbeddableChart {
	/** Path under /embed/, also the loader's `data-explainer-embed` value: `map/<scene>` or `timeline`. */
	path: string;
	graphic: 'map' | 'timeline';
	/** The scene id shown. */
	scene: string;
	title: string;
	description: string;
}

/** Lists the embeddable charts: every map scene, and the timeline once. */
export function embeddableCharts(
	scenes: readonly {
		id: string;
		graphic: 'map' | 'timeline';
		title: string;
		description: string;
	}[],
): EmbeddableChart[] {
	const maps = scenes.filter((scene) => scene.graphic === 'map');
	const timeline = scenes.find((scene) => scene.graphic === 'timeline');
	return [
		...maps.map((scene) => ({ ...chartOf(scene), path: `map/${scene.id}` })),
		...(timeline ? [{ ...chartOf(timeline), path: 'timeline' }] : []),
	];
}

function chartOf(scene: {
	id: string;
	graphic: 'map' | 'timeline';
	title: string;
	description: string;
}) {
	const { id, graphic, title, description } = scene;
	return { scene: id, graphic, title, description };
}

/** The loader accepts only paths of this shape, so a typo cannot point the iframe elsewhere. */
export const CHART_PATH = /^(map\/[a-z0-9]+(?:-[a-z0-9]+)*|timeline)$/;
