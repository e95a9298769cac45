import { z } from 'astro/zod';
import { text } from './common';

const latitude = z
	.number({ error: 'latitude must be a number' })
	.min(-90, 'latitude must be between -90 and 90')
	.max(90, 'latitude must be between -90 and 90');
const longitude = z
	.number({ error: 'longitude must be a number' })
	.min(-180, 'longitude must be between -180 and 180')
	.max(180, 'longitude must be between -180 and 180');
const span = (axis: z.ZodNumber) =>
	z.tuple([axis, axis]).refine(([a, b]) => a < b, 'must be [smaller, larger]');

/** A place on the map (content/data/places.yaml). WGS84 decimal degrees. */
export const PlaceSchema = z
	.object({
		/** Name as printed on the map. */
		name: text('name'),
		/** Country, or the sea, it lies in. */
		country: text('country'),
		/** Latitude of the point, or of an area's label. */
		lat: latitude,
		/** Longitude of the point, or of an area's label. */
		lon: longitude,
		/** city, town, base, or area (an area needs `extent`). */
		kind: z.enum(['city', 'town', 'base', 'area']),
		/** The exact position was not published; the map must show it as approximate. */
		approximate: z.boolean().default(false),
		/** For areas: the latitude and longitude ranges it covers. */
		extent: z.object({ lat: span(latitude), lon: span(longitude) }).optional(),
		/** Why the place is on the map. */
		note: z.string().optional(),
	})
	.refine((place) => place.kind !== 'area' || place.extent, {
		message: 'an area needs an extent',
		path: ['extent'],
	});

export type Place = z.infer<typeof PlaceSchema>;
