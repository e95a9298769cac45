import type { RegionTopology } from '../lib/geo/map-model';
import topology from './region.topo.json';

/** The region's countries (Natural Earth 1:50m, clipped and simplified by `npm run geo`). */
export const region = topology as unknown as RegionTopology;
