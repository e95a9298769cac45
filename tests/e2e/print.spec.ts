/**
 * Without JavaScript and in print, nothing is hidden behind scrolling: every section, step,
 * claim and source is visible, and in print each step's scene description too. A PDF of the
 * story has no blank page and no chart split across two pages.
 *
 * REQUIRED lists the key content of every scene (routes, the launch area, Takab, the strike
 * areas, the timeline's events); support/print.ts lists the figures that must stay whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { readData } from './support/content';
import { A4, layOutForPrint, printProblems } from './support/print';

interface Required {
	what: string;
	selector: string;
	/** Only required in print (visually hidden on screen, where the graphic shows it). */
	printOnly?: boolean;
}

/** What a reader must be able to see on the story page, each element of it. */
interface ScenePlaces {
	id: string;
	graphic: string;
	overview?: boolean;
	focus?: string[];
	context?: string[];
	strikes?: string[];
	routes?: unknown[];
}

/**
 * What the overview map (shown without JavaScript and in print) draws, from the content: its
 * routes and strike areas if it has any, every area it shows, and a marker for each town, city
 * or base it frames.
 */
function overviewContent(): Required[] {
	const scenes = readData<ScenePlaces[]>('scenes').filter((scene) => scene.graphic === 'map');
	const overview = scenes.find((scene) => scene.overview) ?? scenes[0]!;
	const places = new Map(
		readData<{ id: string; name: string; kind: string }[]>('places').map((place) => [
			place.id,
			place,
		]),
	);
	const shown = [...(overview.focus ?? []), ...(overview.context ?? [])].map((id) =>
		places.get(id)!,
	);
	return [
		...(overview.routes?.length ? [{ what: 'route', selector: '[data-route]' }] : []),
		...(overview.strikes?.length ? [{ what: 'strike area', selector: '[data-strike]' }] : []),
		...shown
			.filter((place) => place.kind === 'area')
			.map((place) => ({ what: `area ${place.name}`, selector: `[data-area="${place.id}"]` })),
		...(overview.focus ?? [])
			.map((id) => places.get(id)!)
			.filter((place) => ['town', 'city', 'base'].includes(place.kind))
			.map((place) => ({ what: `marker ${place.name}`, selector: `[data-marker="${place.id}"]` })),
	];
}

const REQUIRED: Required[] = [
	{ what: 'section', selector: 'main section' },
	{ what: 'section heading', selector: 'main h2' },
	{ what: 'step', selector: '[data-step]' },
	{ what: "step's scene description", selector: '[data-step] .step__alt', printOnly: true },
	{ what: 'claim', selector: '#what-we-know .claims > li' },
	{ what: 'open question', selector: '#what-we-know .questions > li' },
	{ what: 'source', selector: '#sources li' },
	...overviewContent(),
	{ what: 'event in the timeline table', selector: '#timeline [data-row]' },
];

/** Lists every required element that is missing or that a reader could not see, and why. */
function invisibleContent(page: Page, required: Required[]) {
	return page.evaluate((list) => {
		const why = (element: Element): string | null => {
			if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
				return 'hidden (display, visibility or opacity)';
			}
			const box = element.getBoundingClientRect();
			if (box.width < 2 || box.height < 2) return `collapsed to ${box.width}×${box.height} px`;
			for (let node: Element | null = element; node; node = node.parentElement) {
				const style = getComputedStyle(node);
				// The visually-hidden pattern; an SVG clip to a shape (land, say) still shows its content.
				if (style.clipPath.startsWith('inset'))
					return `clipped by clip-path on <${node.localName}>`;
				if (node !== element && style.overflow !== 'visible') {
					const frame = node.getBoundingClientRect();
					const outside =
						box.top >= frame.bottom ||
						box.bottom <= frame.top ||
						box.left >= frame.right ||
						box.right <= frame.left;
					if (outside)
						return `cut off by overflow on <${node.localName} class="${node.className}">`;
				}
			}
			return null;
		};
		return list.flatMap(({ what, selector }) => {
			const elements = [...document.querySelectorAll(selector)];
			if (elements.length === 0) return [`no ${what} at all (${selector})`];
			return elements.flatMap((element, index) => {
				const reason = why(element);
				return reason ? [`${what} ${index + 1} (${element.id || selector}): ${reason}`] : [];
			});
		});
	}, required);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const viewport of [
		{ width: 375, height: 740 },
		{ width: 1280, height: 800 },
	]) {
		test(`at ${viewport.width} px every section, step, claim and source is visible`, async ({
			page,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto('./');
			const onScreen = REQUIRED.filter((item) => !item.printOnly);
			expect(await invisibleContent(page, onScreen)).toEqual([]);
		});
	}
});

test.describe('in print', () => {
	let screen = { scrollY: 0 };
	// As a reader would print: with JavaScript on, part-way through the story.
	test.beforeEach(async ({ page }) => {
		screen = await layOutForPrint(page, A4);
	});

	test('every section, step, scene description, claim and source is visible', async ({ page }) => {
		expect(await invisibleContent(page, REQUIRED)).toEqual([]);
	});

	test('no button is printed: paper cannot be pressed', async ({ page }) => {
		const printed = await page
			.locator('button, [role="button"]')
			.evaluateAll((buttons) =>
				buttons
					.filter((button) => button.checkVisibility({ visibilityProperty: true }))
					.map((button) => button.outerHTML.slice(0, 80)),
			);
		expect(printed).toEqual([]);
	});

	test('the PDF has no blank page and no chart split across pages', async ({ page }) => {
		expect(await printProblems(page, A4)).toEqual([]);
	});

	// Paper lays the steps out anew; that is not the reader scrolling. The page must print, and
	// come back to, the step they were at: its hash, and the timeline's callouts for its events.
	test('printing keeps the reader at their step', async ({ page }) => {
		const where = () =>
			page.evaluate(() => {
				const step = document.querySelector<HTMLElement>('[aria-current="step"]');
				const shown = [...document.querySelectorAll<HTMLElement>('[data-callout]')]
					.filter((callout) => !callout.hidden && callout.closest('[data-graphic-layer]'))
					.map((callout) => callout.dataset.callout);
				return { step: step?.id, hash: location.hash, callouts: shown };
			});
		const before = await where();
		expect(before.hash).toBe(`#${before.step}`);
		await page.pdf({ format: A4.format });
		// Whatever the browser runs after laying out the paper has had its frame.
		await page.evaluate(() => new Promise(requestAnimationFrame));
		await page.evaluate(() => new Promise(requestAnimationFrame));
		expect(await where()).toEqual(before);
		await page.evaluate(() => dispatchEvent(new Event('afterprint')));
		await page.emulateMedia({ media: 'screen' });
		// Back where the reader was, as a browser that printed a copy of the page leaves them.
		await page.evaluate((y) => scrollTo({ top: y, behavior: 'instant' }), screen.scrollY);
		await expect.poll(async () => (await where()).step).toBe(before.step);
	});
});
