/**
 * The story's map geography: the TopoJSON that `npm run geo` cut for it from its map settings
 * (`<content>/map/region.yaml` → `region.topo.json`), read once per build. Every place the story
 * names must lie inside it; one that does not fails the build, naming the place and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionTopology } from '../../lib/geo/map-model';
import { placesOutside } from '../../lib/geo/region-bounds';
import { ContentError } from '../../story/check-files';
import type { StoryModel } from '../../story/load';

const content = process.env.CONTENT_DIR ?? 'content';
const file = join(content, 'map/region.topo.json');
let cached: RegionTopology | undefined;

/** The region's countries and projection, checked against the story's places. */
export function storyRegion(story: StoryModel): RegionTopology {
	if (cached) return cached;
	if (!existsSync(file)) {
		throw new ContentError(
			`${file}: missing. Write the map's settings in ${join(content, 'map/region.yaml')} and run \`npm run geo\`.`,
		);
	}
	const region = JSON.parse(readFileSync(file, 'utf8')) as RegionTopology;
	const box = region.bbox as [number, number, number, number];
	const outside = placesOutside(box, story.places.values());
	if (outside.length > 0) {
		const lines = outside.map(
			({ id, field }) =>
				`  ${join(content, 'data/places.yaml')}: ${id}.${field}: lies outside the map's region [${box.join(', ')}]`,
		);
		throw new ContentError(
			`${lines.join('\n')}\nWiden region in ${join(content, 'map/region.yaml')} and run \`npm run geo\`.`,
		);
	}
	cached = region;
	return region;
}
