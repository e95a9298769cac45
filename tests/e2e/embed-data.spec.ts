/**
 * The data behind the charts, as a reader downloads it from the links under each embed and in
 * the story's sources: every file parses back to what content/ says, and carries the licence.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { parse } from 'yaml';
import { articleData } from './support/content';
import { builtCharts } from './support/embed-host';
import { DIST } from './support/pages';
import { serve, type Served } from './support/site';

const content = (name: string) =>
	parse(readFileSync(resolve(import.meta.dirname, '../../content/data', `${name}.yaml`), 'utf8'));

interface Source {
	id: string;
	outlet: string;
	title: string;
	url?: string;
}
interface Event {
	id: string;
	date: string;
	time?: string;
	timeZone?: string;
	title: string;
	category: string;
	status: string;
	sources: string[];
}
interface Place {
	id: string;
	name: string;
	lat: number;
	lon: number;
	status?: string;
	approximate?: boolean;
}
interface Scene {
	id: string;
	routes?: { from: string; to: string[] }[];
}

const events = content('events') as Event[];
const sources = new Map((content('sources') as Source[]).map((source) => [source.id, source]));
const places = content('places') as Place[];
const scenes = content('scenes') as Scene[];
const licence = articleData().dataLicence;

let ours: Served;
test.beforeAll(async () => {
	ours = await serve(DIST);
});
test.afterAll(async () => ours?.close());

/** The data links in the part of a page that offers them, with the text beside them. */
async function dataLinks(page: Page) {
	const block = page.locator('.data-links');
	await expect(block).toHaveCount(1);
	await expect(block).toContainText(licence.text);
	const hrefs = await block
		.locator('a[href*="data/"]')
		.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
	expect(hrefs.length).toBeGreaterThan(0);
	return hrefs;
}

/** Every data file any embed page links to, by URL, with its response. */
async function allFiles(page: Page) {
	const files = new Map<string, { type: string; text: string }>();
	for (const chart of builtCharts(DIST)) {
		await page.goto(`${ours.url}embed/${chart}/`);
		for (const href of await dataLinks(page)) {
			if (files.has(href)) continue;
			const response = await page.request.get(href);
			expect(response.status(), href).toBe(200);
			files.set(href, { type: response.headers()['content-type']!, text: await response.text() });
		}
	}
	return files;
}

test('every embed and the story link the data with its licence, and the links work', async ({
	page,
}) => {
	const fromEmbeds = new Set((await allFiles(page)).keys());
	await page.goto(ours.url);
	const fromStory = await dataLinks(page);
	// The story's sources list every file; each embed the ones behind its chart.
	expect(new Set(fromStory)).toEqual(fromEmbeds);
	await expect(page.locator('#sources .data-links')).toHaveCount(1);
});

test('the events, as CSV and as JSON, parse back to content/data/events.yaml', async ({ page }) => {
	const files = [...(await allFiles(page)).entries()];
	const csv = files.filter(([url]) => url.endsWith('.csv'));
	const json = files.filter(([url]) => url.endsWith('.json'));
	expect(csv).toHaveLength(1);
	expect(json).toHaveLength(1);
	expect(csv[0]![1].type).toMatch(/^text\/csv/);
	const rows = csvParse(csv[0]![1].text);
	const records = (JSON.parse(json[0]![1].text) as { events: Record<string, unknown>[] }).events;
	expect(JSON.parse(json[0]![1].text).licence.text).toBe(licence.text);
	expect(rows.map((row) => row.id).toSorted()).toEqual(events.map((event) => event.id).toSorted());
	for (const event of events) {
		const row = rows.find((candidate) => candidate.id === event.id)!;
		expect(row, event.id).toMatchObject({
			date: event.date,
			time: event.time ?? '',
			time_zone: event.timeZone ?? '',
			title: event.title,
			category: event.category,
			status: event.status,
		});
		const cited = event.sources.map((id) => sources.get(id)!);
		cited.forEach((source, index) => {
			const n = index + 1;
			expect(row[`source_${n}_outlet`]).toBe(source.outlet);
			expect(row[`source_${n}_title`]).toBe(source.title);
			expect(row[`source_${n}_url`]).toBe(source.url ?? '');
		});
		expect(row[`source_${cited.length + 1}_outlet`] ?? '').toBe('');
		const record = records.find((candidate) => candidate.id === event.id)!;
		expect(record).toMatchObject({ date: event.date, title: event.title, status: event.status });
		expect(record.sources).toEqual(
			cited.map((source) =>
				expect.objectContaining({ outlet: source.outlet, title: source.title }),
			),
		);
	}
});

/** The GeoJSON files, each checked against RFC 7946 as it is parsed. */
function geojsonOf(files: Map<string, { type: string; text: string }>) {
	return [...files]
		.filter(([url]) => url.endsWith('.geojson'))
		.map(([url, { type, text }]) => {
			expect(type, url).toBe('application/geo+json');
			return { url, collection: check(text) as FeatureCollection };
		});
}

const position = (place: Place): Position => [place.lon, place.lat];

test('the places are valid GeoJSON and round-trip content/data/places.yaml', async ({ page }) => {
	const collections = geojsonOf(await allFiles(page));
	const points = collections.filter(({ collection }) =>
		collection.features.every((feature) => feature.geometry.type === 'Point'),
	);
	expect(points).toHaveLength(1);
	const { features } = points[0]!.collection as FeatureCollection<
		Geometry & { coordinates: Position }
	>;
	expect(features.map((feature) => feature.properties!.id).toSorted()).toEqual(
		places.map((place) => place.id).toSorted(),
	);
	for (const place of places) {
		const feature = features.find((candidate) => candidate.properties!.id === place.id)!;
		// [longitude, latitude], as RFC 7946 orders them.
		expect(feature.geometry.coordinates, place.id).toEqual(position(place));
		expect(feature.properties).toMatchObject({
			name: place.name,
			status: place.status ?? 'confirmed',
			approximate: place.approximate ?? false,
		});
	}
});

test("each map scene's routes are valid GeoJSON, marked schematic, from the start to each target", async ({
	page,
}) => {
	const byId = new Map(places.map((place) => [place.id, place]));
	for (const scene of scenes.filter((candidate) => candidate.routes?.length)) {
		const chart = builtCharts(DIST).find((path) => path.endsWith(`/${scene.id}`));
		if (!chart) continue;
		await page.goto(`${ours.url}embed/${chart}/`);
		const files = new Map<string, { type: string; text: string }>();
		for (const href of await dataLinks(page)) {
			const response = await page.request.get(href);
			files.set(href, { type: response.headers()['content-type']!, text: await response.text() });
		}
		const lines = geojsonOf(files).filter(({ collection }) =>
			collection.features.every((feature) => feature.geometry.type !== 'Point'),
		);
		expect(lines, scene.id).toHaveLength(1);
		const features = lines[0]!.collection.features as Feature[];
		const legs = scene.routes!.flatMap((route) => route.to.map((to) => [route.from, to] as const));
		expect(features).toHaveLength(legs.length);
		for (const [from, to] of legs) {
			const feature = features.find(
				(candidate) => candidate.properties!.from === from && candidate.properties!.to === to,
			)!;
			expect(feature.properties!.schematic, `${scene.id}: ${from} → ${to}`).toBe(true);
			const geometry = feature.geometry as { type: string; coordinates: Position[] | Position[][] };
			const line = (
				geometry.type === 'MultiLineString' ? geometry.coordinates.flat() : geometry.coordinates
			) as Position[];
			expect(line[0]).toEqual(position(byId.get(from)!));
			expect(line.at(-1)).toEqual(position(byId.get(to)!));
		}
	}
});
