/**
 * The PNG fallback of public/favicon.svg (32 × 32), for browsers and tools that cannot use an
 * SVG icon. Drawn from the SVG at build time so the two never disagree.
 */
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';
import { rasterise } from '../lib/card/rasterise';

export const GET: APIRoute = () =>
	new Response(rasterise(svg, 32), { headers: { 'content-type': 'image/png' } });
