/**
 * Every embed's credit line names the sources of what its chart shows: for a map, the events
 * at every place it draws (a ring counts for the place at its centre); for the timeline, every
 * event it draws. What is drawn is read from the built page, the sources from content/.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { shortOutlet } from '../../src/lib/embed/credits';
import { builtPages } from './support/pages';

const read = <T>(name: string) =>
	parse(readFileSync(resolve(import.meta.dirname, `../../content/data/${name}.yaml`), 'utf8')) as T;
const events = read<{ id: string; places?: string[]; sources: string[] }[]>('events');
const sources = read<{ id: string; outlet: string }[]>('sources');
const places = read<{ id: string; lat: number; lon: number; distanceKm?: number }[]>('places');

const outlets = (ids: string[]) =>
	[
		...new Set(ids.map((id) => shortOutlet(sources.find((source) => source.id === id)!.outlet))),
	].sort();

/** The ids of the places the map draws, as shown (not hidden), with the places rings stand for. */
async function drawnPlaces(page: Page): Promise<string[]> {
	const ids = await page.locator('[data-marker], [data-area], [data-strike]').evaluateAll((nodes) =>
		nodes
			.filter((node) => getComputedStyle(node).display !== 'none')
			.map((node) => {
				const element = node as SVGElement;
				return element.dataset.marker ?? element.dataset.area ?? element.dataset.strike!;
			}),
	);
	const centres = ids.flatMap((id) => {
		const ring = places.find((place) => place.id === id && place.distanceKm);
		return ring
			? places.filter((p) => p.lat === ring.lat && p.lon === ring.lon).map((p) => p.id)
			: [];
	});
	return [...new Set([...ids, ...centres])];
}

const credited = async (page: Page) =>
	(await page.locator('.embed__footer p', { hasText: /^Source: / }).innerText())
		.replace(/^Source: /, '')
		.replace(/\. Map: Natural Earth$/, '')
		.split('; ')
		.sort();

const embeds = builtPages().filter((built) => built.path.startsWith('embed/'));

test('there is an embed page for the timeline and for at least one map', () => {
	expect(embeds.some((built) => built.path.startsWith('embed/map/'))).toBe(true);
	expect(embeds.some((built) => built.path.startsWith('embed/timeline'))).toBe(true);
});

for (const built of embeds) {
	test(`${built.name} credits the sources of everything its chart shows, and nothing else`, async ({
		page,
	}) => {
		await page.goto(`./${built.path}`);
		let shown: typeof events;
		if (built.path.startsWith('embed/map/')) {
			const drawn = await drawnPlaces(page);
			expect(drawn.length).toBeGreaterThan(0);
			shown = events.filter((event) => event.places?.some((place) => drawn.includes(place)));
		} else {
			const drawn = await page
				.locator('[data-chart] [data-event]')
				.evaluateAll((nodes) => nodes.map((node) => (node as SVGElement).dataset.event!));
			shown = events.filter((event) => drawn.includes(event.id));
			expect(shown).toHaveLength(events.length);
		}
		expect(shown.length).toBeGreaterThan(0);
		expect(await credited(page)).toEqual(outlets(shown.flatMap((event) => event.sources)));
	});
}
