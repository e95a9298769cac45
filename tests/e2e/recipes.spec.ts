/**
 * The README's recipes work as written: a copy of the content gets a new section (the README's
 * own MDX), a source, an event, and a place with a map scene, and the site built from it shows
 * each where a reader looks for it, in the story and in the embeds, with no error on the way.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT } from './support/content';
import { goToStep } from './support/pages';
import { applyRecipes, type Added } from './support/recipes';
import { buildSite, serve, type Served } from './support/site';
import { collectErrors, stepIds } from './support/story';

test.describe.configure({ mode: 'serial' });

let added: Added;
let site: Served;

test.beforeAll(async () => {
	test.setTimeout(180_000);
	const content = join(mkdtempSync(join(tmpdir(), 'recipes-')), 'content');
	added = applyRecipes(CONTENT, content);
	const build = buildSite('recipes', { CONTENT_DIR: content, SITE: '', BASE_PATH: '/' });
	expect(build.status, build.output).toBe(0);
	site = await serve(build.out);
});
test.afterAll(async () => site?.close());

test('the new section is in the contents and the story, and its steps follow the others', async ({
	page,
}) => {
	const errors = collectErrors(page);
	await page.goto(site.url);
	await expect(page.getByRole('navigation', { name: 'Sections' })).toContainText(
		added.section.title,
	);
	await expect(page.getByRole('heading', { level: 2, name: added.section.title })).toBeVisible();
	const ids = await stepIds(page);
	expect(ids.slice(-2)).toEqual([added.section.stepId, added.scene.stepId]);
	await page.waitForLoadState('networkidle');
	expect(errors).toEqual([]);
});

test('the new scene shows at its step, with the new place named on the map', async ({ page }) => {
	await page.goto(site.url);
	await goToStep(page, added.scene.stepId);
	const map = page.locator('story-map');
	await expect(map).toHaveAttribute('data-scene', added.scene.id);
	await expect(page.locator('[data-caption-title]')).toHaveText(added.scene.title);
	await expect(map.locator(`[data-label="${added.place.id}"]`)).toContainText(added.place.name);
});

test('the new event is on the timeline and the new source in the list', async ({ page }) => {
	await page.goto(site.url);
	await expect(
		page.locator(`#timeline [data-event="${added.event.id}"]`).first(),
	).toHaveAccessibleName(new RegExp(added.event.title));
	await expect(page.locator('#sources li')).toContainText([added.source.outlet]);
});

test('the new scene has its own embed, and the timeline embed has the new event', async ({
	page,
}) => {
	await page.goto(`${site.url}embed/map/${added.scene.id}/`);
	await expect(page.locator(`[data-label="${added.place.id}"]`).first()).toContainText(
		added.place.name,
	);
	await page.goto(`${site.url}embed/timeline/`);
	await expect(page.locator(`[data-event="${added.event.id}"]`).first()).toHaveAccessibleName(
		new RegExp(added.event.title),
	);
});
