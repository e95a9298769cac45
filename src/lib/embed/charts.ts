/** A chart that other sites can embed: one scene of a kind, or a kind that is one chart. */
export interface EmbeddableChart {
	/** Path under /embed/, also the loader's `data-explainer-embed` value: `<kind>/<scene>` or `<kind>`. */
	path: string;
	/** The chart kind (the scene's `graphic`). */
	graphic: string;
	/** The scene id shown. */
	scene: string;
	title: string;
	description: string;
}

/** What embeddableCharts needs of a scene. */
interface SceneInput {
	id: string;
	graphic: string;
	title: string;
	description: string;
}

/**
 * Lists the embeddable charts, in scene order: every scene of a `per-scene` kind, and the first
 * scene of a `single` kind once. `policy` says which a kind is.
 */
export function embeddableCharts(
	scenes: readonly SceneInput[],
	policy: (kind: string) => 'per-scene' | 'single',
): EmbeddableChart[] {
	const seen = new Set<string>();
	return scenes.flatMap(({ id, graphic, title, description }) => {
		const single = policy(graphic) === 'single';
		if (single && seen.has(graphic)) return [];
		seen.add(graphic);
		const path = single ? graphic : `${graphic}/${id}`;
		return [{ path, graphic, scene: id, title, description }];
	});
}
