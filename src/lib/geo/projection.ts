import { geoConicConformal, type GeoProjection } from 'd3-geo';
import type { Transform } from './types';

/** A region's Lambert conformal conic: its central meridian and its two standard parallels. */
export interface ProjectionSettings {
	rotate: readonly [number, number] | readonly number[];
	parallels: readonly [number, number] | readonly number[];
}

/**
 * The story's projection, as its region's TopoJSON carries it (`npm run geo` writes it from the
 * story's map settings), unfitted; pass a zoom to bake it in, so that a scene rendered for one
 * frame needs no transform and no counter-scaling at all.
 */
export function regionProjection(
	settings: ProjectionSettings,
	zoom: Transform = { k: 1, x: 0, y: 0 },
): GeoProjection {
	const projection = geoConicConformal()
		.rotate([settings.rotate[0]!, settings.rotate[1]!])
		.parallels([settings.parallels[0]!, settings.parallels[1]!]);
	const [tx, ty] = projection.translate();
	return projection
		.scale(projection.scale() * zoom.k)
		.translate([tx * zoom.k + zoom.x, ty * zoom.k + zoom.y]);
}
