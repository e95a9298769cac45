import { check } from '@placemarkio/check-geojson';
import { csvParse } from 'd3-dsv';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { describe, expect, test } from 'vitest';
import { assertUniqueNames, type DataFile } from '../../src/lib/embed/downloads';
import {
	eventColumns,
	eventsCsv,
	eventsJson,
	type EventRecord,
} from '../../src/lib/embed/events-data';
import {
	placesGeoJson,
	routesGeoJson,
	splitAtAntimeridian,
	type PlaceRecord,
} from '../../src/lib/embed/geojson';
import { oembedRich, type OembedInput } from '../../src/lib/embed/oembed';
import { oembedProblems } from '../e2e/support/oembed';

const licence = {
	text: 'Data: CC BY 4.0, A Desk',
	url: 'https://creativecommons.org/licenses/by/4.0/',
};

// Text that a hand-written CSV writer gets wrong: commas, quotes, line breaks, a leading '='.
const events: EventRecord[] = [
	{
		id: 'vote',
		date: '2015-09-30',
		sequence: 1,
		title: 'A vote, "162–0"',
		summary: 'Line one,\nline two; =SUM(A1) stays text.',
		category: 'diplomatic',
		status: 'confirmed',
		places: [],
		sources: [{ id: 'a', outlet: 'Asia-Plus', title: 'Parliament, "yes"', date: '2015-09-30' }],
	},
	{
		id: 'crash',
		date: '2015-10-08',
		time: '14:30',
		timeZone: 'Asia/Tehran',
		title: 'Crash reported',
		summary: 'Üç — reported, not confirmed.',
		category: 'report',
		status: 'reported',
		places: ['takab', 'takab-crash'],
		sources: [
			{
				id: 'b',
				outlet: 'CNN (two officials)',
				title: 'Missiles crash',
				date: '2015-10-08',
				url: 'https://example.org/a?b=1&c=2',
			},
			{
				id: 'c',
				outlet: 'Reuters',
				title: 'Denied',
				date: '2015-10-08',
				url: 'https://example.org/c',
			},
		],
	},
];

/** The events as a CSV reader gets them back: every column a string, '' for nothing. */
function fromCsv(csv: string): EventRecord[] {
	return csvParse(csv).map((row) => {
		const sources = [];
		for (let n = 1; row[`source_${n}_outlet`] !== undefined; n += 1) {
			if (!row[`source_${n}_outlet`]) continue;
			sources.push({
				outlet: row[`source_${n}_outlet`]!,
				title: row[`source_${n}_title`]!,
				url: row[`source_${n}_url`] || undefined,
			});
		}
		return {
			id: row.id!,
			date: row.date!,
			time: row.time || undefined,
			timeZone: row.time_zone || undefined,
			sequence: row.sequence ? Number(row.sequence) : undefined,
			title: row.title!,
			summary: row.summary!,
			category: row.category!,
			status: row.status!,
			places: row.places ? row.places.split(' ') : [],
			sources,
		} as unknown as EventRecord;
	});
}

describe('eventsCsv(events)', () => {
	const csv = eventsCsv(events);

	test('parses back to the same events, sources included', () => {
		const expected = events.map((event) => ({
			...event,
			sources: event.sources.map(({ outlet, title, url }) => ({ outlet, title, url })),
		}));
		expect(fromCsv(csv)).toEqual(expected);
	});

	test('has a column for each source of the event with the most', () => {
		expect(csv.split('\r\n')[0]).toBe(eventColumns(2).join(','));
		expect(eventColumns(2)).toContain('source_2_url');
	});

	test('ends records with CRLF (RFC 4180) but keeps a line break inside a field as written', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv).toContain('"Line one,\nline two; =SUM(A1) stays text."');
	});
});

describe('eventsJson(events, licence)', () => {
	test('is the events and their licence, as JSON', () => {
		expect(JSON.parse(eventsJson(events, licence))).toEqual({ licence, events });
	});
});

const places: PlaceRecord[] = [
	{
		id: 'aleppo',
		name: 'Aleppo',
		country: 'Syria',
		lat: 36.2,
		lon: 37.16,
		kind: 'city',
		approximate: false,
		status: 'confirmed',
	},
	{
		id: 'launch',
		name: 'Launch area',
		country: 'Caspian Sea',
		lat: 39.25,
		lon: 50.75,
		kind: 'area',
		approximate: true,
		status: 'reported',
		note: 'Not published.',
		extent: { lat: [38.5, 40], lon: [50, 51.5] },
	},
];

describe('placesGeoJson(places, licence)', () => {
	const collection = placesGeoJson(places, licence);

	test('is valid GeoJSON (RFC 7946): a FeatureCollection of Points', () => {
		expect(() => check(JSON.stringify(collection))).not.toThrow();
		expect(collection.type).toBe('FeatureCollection');
		for (const feature of collection.features) expect(feature.geometry.type).toBe('Point');
	});

	test('round-trips every place, [longitude, latitude] in that order', () => {
		const parsed = JSON.parse(JSON.stringify(collection)) as FeatureCollection<Point>;
		const back = parsed.features.map(({ geometry, properties }) => {
			const [lon, lat] = geometry.coordinates;
			return { ...properties, lat, lon };
		});
		expect(back).toEqual(places);
	});

	test('carries status and approximate for every place', () => {
		for (const { properties } of collection.features) {
			expect(properties).toHaveProperty('status');
			expect(properties).toHaveProperty('approximate');
		}
	});
});

describe('routesGeoJson(scene, routes, licence)', () => {
	const from = { id: 'launch', lat: 39.25, lon: 50.75 };
	const to = { id: 'aleppo', lat: 36.2, lon: 37.16 };
	const collection = routesGeoJson(
		'launch-scene',
		[{ from, via: [{ lat: 36, lon: 43.5 }], to }],
		licence,
	);

	test('is valid GeoJSON, each route marked schematic', () => {
		expect(() => check(JSON.stringify(collection))).not.toThrow();
		for (const feature of collection.features) expect(feature.properties?.schematic).toBe(true);
	});

	test('runs from the start to the target through the waypoint, following the great circle', () => {
		const [feature] = collection.features as Feature<LineString>[];
		const line = feature!.geometry.coordinates;
		expect(line[0]).toEqual([from.lon, from.lat]);
		expect(line.at(-1)).toEqual([to.lon, to.lat]);
		expect(line).toContainEqual([43.5, 36]);
		// Sampled, not three straight lines: a long leg bends away from the straight lon/lat line.
		expect(line.length).toBeGreaterThan(20);
	});

	test('a route across the antimeridian becomes a MultiLineString that never jumps', () => {
		const pacific = routesGeoJson(
			'pacific',
			[{ from: { id: 'a', lat: -18, lon: 178 }, via: [], to: { id: 'b', lat: -14, lon: -171 } }],
			licence,
		);
		expect(() => check(JSON.stringify(pacific))).not.toThrow();
		const geometry = pacific.features[0]!.geometry as MultiLineString;
		expect(geometry.type).toBe('MultiLineString');
		for (const part of geometry.coordinates) {
			for (let i = 1; i < part.length; i += 1) {
				expect(Math.abs(part[i]![0]! - part[i - 1]![0]!)).toBeLessThan(180);
			}
		}
	});
});

describe('splitAtAntimeridian(line)', () => {
	test('meets ±180° at the same latitude on both sides', () => {
		const parts = splitAtAntimeridian([
			[170, 0],
			[-170, 10],
		]);
		expect(parts).toEqual([
			[
				[170, 0],
				[180, 5],
			],
			[
				[-180, 5],
				[-170, 10],
			],
		]);
	});
});

describe('assertUniqueNames(files)', () => {
	test('two files of one name fail, naming it', () => {
		const file: DataFile = { name: 'a.csv', label: 'A', type: 'text/csv', body: '' };
		expect(() => assertUniqueNames([file, file])).toThrow('data/a.csv');
	});
});

describe('oembedRich(input)', () => {
	const input: OembedInput = {
		title: 'Map: the launch',
		author: 'A Desk',
		provider: { name: 'A Desk', url: 'https://example.org/sub/' },
		html: '<iframe src="https://example.org/sub/embed/map/launch/"></iframe>',
		width: 720,
		height: 900.4,
		thumbnail: { url: 'https://example.org/sub/social/launch.png', width: 1200, height: 630 },
	};

	test('is a valid oEmbed 1.0 rich response', () => {
		expect(oembedProblems(oembedRich(input) as unknown as Record<string, unknown>)).toEqual([]);
	});

	test('the check finds what is wrong', () => {
		expect(
			oembedProblems({
				type: 'rich',
				version: '1.0',
				html: 'x',
				width: 1,
				thumbnail_url: '/a.png',
				colour: 'red',
			}),
		).toEqual([
			'unknown field colour',
			'rich needs width and height',
			'thumbnail_url, _width and _height go together',
			'thumbnail_url must be absolute',
		]);
	});

	test('refuses a relative URL', () => {
		expect(() => oembedRich({ ...input, provider: { name: 'x', url: '/sub/' } })).toThrow(
			/absolute/,
		);
	});
});
