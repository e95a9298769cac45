/**
 * The chart kinds, in one place. Adding a kind means adding its folder (see ./types.ts) and one
 * entry here: the scene schema, the story's sticky graphic, the embed pages, the gallery and the
 * social cards all read this list.
 */
import { mapChart } from './map/chart';
import { timelineChart } from './timeline/chart';
import type { ChartDefinition } from './types';

/** Every kind of chart, in the order the gallery and the sticky graphic list them. */
export const CHARTS = [mapChart, timelineChart] as const satisfies readonly ChartDefinition[];

/** The `graphic` of a scene: one of the registered kinds. */
export type ChartKind = (typeof CHARTS)[number]['kind'];

/** The registered kind called `kind`; throws for an unknown one, naming the known ones. */
export function chartDefinition(kind: string): ChartDefinition {
	const chart = CHARTS.find((candidate) => candidate.kind === kind);
	if (!chart) {
		const known = CHARTS.map((candidate) => candidate.kind).join(', ');
		throw new Error(
			`unknown chart kind "${kind}" (registered: ${known}; see src/charts/registry.ts)`,
		);
	}
	return chart;
}
