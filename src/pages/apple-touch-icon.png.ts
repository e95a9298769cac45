/**
 * The home-screen icon (180 × 180) for iOS, drawn from public/favicon.svg at build time. iOS
 * rounds the corners itself and shows transparency as black, so the icon is painted opaque.
 */
import type { APIRoute } from 'astro';
import svg from '../../public/favicon.svg?raw';
import { rasterise } from '../lib/card/rasterise';

export const GET: APIRoute = () =>
	new Response(rasterise(svg, 180, '#15171a'), { headers: { 'content-type': 'image/png' } });
