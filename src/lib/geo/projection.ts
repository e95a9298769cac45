import { geoConicConformal, type GeoProjection } from 'd3-geo';
import { PROJECTION } from './math';
import type { Transform } from './types';

/**
 * The story's projection (see PROJECTION), unfitted; pass a zoom to bake it in, so that a
 * scene rendered for one frame needs no transform and no counter-scaling at all.
 */
export function regionProjection(zoom: Transform = { k: 1, x: 0, y: 0 }): GeoProjection {
	const projection = geoConicConformal()
		.rotate([...PROJECTION.rotate])
		.parallels([...PROJECTION.parallels]);
	const [tx, ty] = projection.translate();
	return projection
		.scale(projection.scale() * zoom.k)
		.translate([tx * zoom.k + zoom.x, ty * zoom.k + zoom.y]);
}
