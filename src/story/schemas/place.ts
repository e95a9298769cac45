import { z } from 'astro/zod';
import { STATUSES } from '../../lib/status';
import { entryId, text } from './common';
import { strict } from './strict';

export const latitude = z
	.number({ error: 'latitude must be a number' })
	.min(-90, 'latitude must be between -90 and 90')
	.max(90, 'latitude must be between -90 and 90');
export const longitude = z
	.number({ error: 'longitude must be a number' })
	.min(-180, 'longitude must be between -180 and 180')
	.max(180, 'longitude must be between -180 and 180');
const span = (axis: z.ZodNumber) =>
	z.tuple([axis, axis]).refine(([a, b]) => a < b, 'must be [smaller, larger]');

/** A place on the map (content/data/places.yaml). WGS84 decimal degrees. */
export const PlaceSchema = strict(
	z
		.object({
			/** Unique in the file; what scenes and events name. */
			id: entryId,
			/** Name as printed on the map: a label, at most 40 characters. */
			name: text('name', 40),
			/** Country, or the sea, it lies in; at most 60 characters. */
			country: text('country', 60),
			/** Latitude of the point, or of an area's label. */
			lat: latitude,
			/** Longitude of the point, or of an area's label. */
			lon: longitude,
			/** city, town, base, area (an area needs `extent` or `distanceKm`) or sea (a label only). */
			kind: z.enum(['city', 'town', 'base', 'area', 'sea']),
			/** The exact position was not published; the map must show it as approximate. */
			approximate: z.boolean().default(false),
			/** For areas: the latitude and longitude ranges it covers. */
			extent: z.object({ lat: span(latitude), lon: span(longitude) }).optional(),
			/**
			 * For areas known only as "about this far from the point" (direction unknown), in km:
			 * the map draws a ring at that distance around `lat`/`lon`.
			 */
			distanceKm: z.number().positive('distanceKm must be more than 0').optional(),
			/** How what happened here is sourced; the map draws reported places apart from confirmed. */
			status: z.enum(STATUSES).default('confirmed'),
			/** Why the place is on the map. */
			note: text('note').optional(),
		})
		.refine((place) => place.kind !== 'area' || place.extent || place.distanceKm, {
			message: 'an area needs an extent',
			path: ['extent'],
		}),
);

export type Place = z.infer<typeof PlaceSchema>;
