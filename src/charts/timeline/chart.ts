/** The timeline: every event of the story over its day; a scene highlights a step's events. */
import { sceneSchema } from '../../story/schemas/scene-base';
import type { ChartDefinition } from '../types';

export const timelineChart = {
	kind: 'timeline',
	label: 'Timeline',
	scene: () => sceneSchema('timeline', {}),
	embed: 'single',
	component: {
		name: 'Timeline',
		file: 'src/charts/timeline/Timeline.astro',
		usage: `<Timeline id="timeline" variant="full" events={events} sources={sources}
  title="Ten days in October" />`,
	},
} as const satisfies ChartDefinition<'timeline'>;
