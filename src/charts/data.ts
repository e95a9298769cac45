/**
 * The data behind the charts, from each kind's optional src/charts/<kind>/data.ts (see
 * ./types.ts): the files src/pages/data/[file].ts writes under data/, and the ones each chart
 * links to. Nothing here knows a kind by name.
 */
import { assertUniqueNames, type DataFile } from '../lib/embed/downloads';
import type { StoryModel } from '../story/load';
import { CHARTS } from './registry';

type DataModule = { chartData: (story: StoryModel) => DataFile[] };

const modules = import.meta.glob<DataModule>('./*/data.ts', { eager: true });

/** A data file with the chart kind that writes it. */
export type KindDataFile = DataFile & { kind: string };

/** Every data file of every kind, in the registry's order; throws if two share a name. */
export function allDataFiles(story: StoryModel): KindDataFile[] {
	const files = CHARTS.flatMap(({ kind }) =>
		(modules[`./${kind}/data.ts`]?.chartData(story) ?? []).map((file) => ({ ...file, kind })),
	);
	assertUniqueNames(files);
	return files;
}

/** The data files behind one chart: its kind's files for its scene, or for all its scenes. */
export function dataFilesOf(
	files: readonly KindDataFile[],
	chart: { graphic: string; scene: string },
): KindDataFile[] {
	return files.filter(
		(file) => file.kind === chart.graphic && (!file.scenes || file.scenes.includes(chart.scene)),
	);
}
