import { describe, expect, test } from 'vitest';
import { embeddableCharts } from '../../src/lib/embed/charts';
import {
	chartSources,
	creditLine,
	drawnPlaces,
	mapSources,
	shortOutlet,
} from '../../src/lib/embed/credits';
import type { MapScene } from '../../src/lib/geo/types';
import {
	HEIGHT_MESSAGE,
	MAX_HEIGHT,
	THEME_MESSAGE,
	heightMessage,
	pymHeightMessage,
	readHeight,
	readHeightReport,
	readThemeMessage,
	themeMessage,
} from '../../src/lib/embed/messages';
import { DEFAULT_OPTIONS, parseEmbedOptions } from '../../src/lib/embed/options';
import { provisionalHeight } from '../../src/lib/embed/reserve';
import { SANDBOX, embedSnippets } from '../../src/lib/embed/snippets';
import { propsInterface } from '../../src/lib/docs/props-interface';

describe('parseEmbedOptions(search)', () => {
	test.each([
		['', DEFAULT_OPTIONS, 0],
		['?theme=dark', { theme: 'dark', caption: true }, 0],
		['?theme=light&caption=0', { theme: 'light', caption: false }, 0],
		['?theme=bogus', DEFAULT_OPTIONS, 1],
		['?theme=DARK&caption=yes', DEFAULT_OPTIONS, 2],
		['?theme=', DEFAULT_OPTIONS, 1],
		['?colour=red', DEFAULT_OPTIONS, 1],
		// What pym.js's parent and analytics add must pass silently.
		['?initialWidth=640&childId=c1&parentTitle=x&parentUrl=y&utm_source=z', DEFAULT_OPTIONS, 0],
	])('%s → %o with %i warning(s)', (search, options, count) => {
		const result = parseEmbedOptions(search);
		expect(result.options).toEqual(options);
		expect(result.warnings).toHaveLength(count);
	});

	test('a warning names the parameter, the bad value and the default used', () => {
		expect(parseEmbedOptions('?theme=bogus').warnings[0]).toBe(
			'Embed: theme="bogus" is not one of auto, light, dark; using theme=auto.',
		);
	});

	// The inline pre-paint script in src/layouts/Embed.astro reads them with URLSearchParams.get,
	// which takes the first value; tests/e2e/embed-loader.spec.ts checks the page agrees.
	test.each([
		['?theme=dark&theme=bogus', { theme: 'dark', caption: true }, 'theme', '"bogus"'],
		['?theme=bogus&theme=dark', DEFAULT_OPTIONS, 'theme', '"dark"'],
		['?caption=0&caption=1', { theme: 'auto', caption: false }, 'caption', '"1"'],
		[
			'?theme=light&caption=1&theme=dark&theme=auto',
			{ theme: 'light', caption: true },
			'theme',
			'"dark", "auto"',
		],
	])(
		'%s: the first value counts, and the rest are named in one warning',
		(search, options, name, rest) => {
			const { options: read, warnings } = parseEmbedOptions(search);
			expect(read).toEqual(options);
			const repeated = warnings.filter((warning) => warning.includes('more than once'));
			expect(repeated).toEqual([
				`Embed: ${name} is given more than once; the first counts, ${rest} ignored.`,
			]);
			// The value that counts is the one the warnings describe: no "using theme=auto" for a dark page.
			if (read.theme !== DEFAULT_OPTIONS.theme)
				expect(warnings.join()).not.toContain('using theme=');
		},
	);

	test('a repeated pass-through parameter is no concern of ours', () => {
		expect(parseEmbedOptions('?utm_source=a&utm_source=b').warnings).toEqual([]);
	});
});

describe('readHeightReport(data)', () => {
	test('says whether the reader caused the change, and defaults to no', () => {
		expect(readHeightReport(heightMessage(300, true))).toEqual({ height: 300, input: true });
		expect(readHeightReport(heightMessage(300))).toEqual({ height: 300, input: false });
		expect(readHeightReport({ type: HEIGHT_MESSAGE, height: 300, input: 'yes' })).toEqual({
			height: 300,
			input: false,
		});
	});
});

describe('readThemeMessage(data)', () => {
	test.each(['light', 'dark', 'auto'])('reads a theme message for %s', (theme) => {
		expect(readThemeMessage(themeMessage(theme))).toEqual({ theme });
	});

	test('a theme it does not know is returned as invalid, for the embed to warn about', () => {
		expect(readThemeMessage(themeMessage('sepia'))).toEqual({ invalid: 'sepia' });
	});

	test.each([
		['a string', `${THEME_MESSAGE} dark`],
		['null', null],
		['a height message', heightMessage(300)],
		['a theme that is not text', { type: THEME_MESSAGE, theme: 1 }],
	])('ignores %s', (_, data) => {
		expect(readThemeMessage(data)).toBeUndefined();
	});
});

describe('readHeight(data)', () => {
	test('reads the height from our own message, rounded up', () => {
		expect(readHeight(heightMessage(412.2))).toBe(413);
	});

	test.each([
		['a string', 'explainer-embed:height 300'],
		['null', null],
		['another type', { type: 'other', height: 300 }],
		['a height as text', { type: HEIGHT_MESSAGE, height: '300' }],
		['a negative height', { type: HEIGHT_MESSAGE, height: -10 }],
		['zero', { type: HEIGHT_MESSAGE, height: 0 }],
		['NaN', { type: HEIGHT_MESSAGE, height: Number.NaN }],
		['Infinity', { type: HEIGHT_MESSAGE, height: Infinity }],
		['an absurd height', { type: HEIGHT_MESSAGE, height: MAX_HEIGHT + 1 }],
	])('rejects %s', (_, data) => {
		expect(readHeight(data)).toBeUndefined();
	});
});

describe('pymHeightMessage(childId, height)', () => {
	test("speaks pym.js's child format", () => {
		expect(pymHeightMessage('chart-1', 480.5)).toBe('pymxPYMxchart-1xPYMxheightxPYMx481');
	});
});

describe('embeddableCharts(scenes, policy)', () => {
	const scenes = [
		{ id: 'launch', graphic: 'map', title: 'Launch', description: 'd' },
		{ id: 'timeline', graphic: 'timeline', title: 'Ten days', description: 'd' },
		{ id: 'impact', graphic: 'map', title: 'Impact', description: 'd' },
	] as const;

	const policy = (kind: string) => (kind === 'timeline' ? 'single' : 'per-scene');

	test('lists every scene of a per-scene kind and a single kind once, in scene order', () => {
		const charts = embeddableCharts(scenes, policy);
		expect(charts.map((chart) => chart.path)).toEqual(['map/launch', 'timeline', 'map/impact']);
	});

	test('a single kind stands for its first scene', () => {
		const twice = [...scenes, { id: 'later', graphic: 'timeline', title: 'T', description: 'd' }];
		const timelines = embeddableCharts(twice, policy).filter(
			(chart) => chart.graphic === 'timeline',
		);
		expect(timelines.map((chart) => chart.scene)).toEqual(['timeline']);
	});
});

describe('chartSources(events, places)', () => {
	const events = [
		{ places: ['takab'], sources: ['abc', 'ibtimes'] },
		{ places: ['takab', 'caspian'], sources: ['cnn', 'abc'] },
		{ places: ['brussels'], sources: ['dod'] },
	];

	test('takes the sources of events at the given places, each once', () => {
		expect(chartSources(events, ['takab'])).toEqual(['abc', 'ibtimes', 'cnn']);
	});

	test('puts the events at the places listed first before the others', () => {
		expect(chartSources(events, ['brussels', 'caspian'])).toEqual(['dod', 'cnn', 'abc']);
	});

	test('without places, takes every event (the timeline)', () => {
		expect(chartSources(events)).toEqual(['abc', 'ibtimes', 'cnn', 'dod']);
	});
});

describe('mapSources(scene, places, events): the sources of what a map scene draws', () => {
	const point = (id: string, lat: number, lon: number) =>
		({ id, name: id, lat, lon, kind: 'town' }) as const;
	const places = [
		point('town', 36.4, 47.1),
		// A ring "about 35 km" around the town: it stands for the town's surroundings.
		{ ...point('crash', 36.4, 47.1), kind: 'area', distanceKm: 35 } as const,
		point('port', 39, 50),
		point('target', 36, 39),
		point('struck', 35, 36),
		point('sea', 42, 50),
		point('elsewhere', 50, 4),
	];
	const scene = (fields: Partial<MapScene>): MapScene => ({
		id: 'scene',
		graphic: 'map',
		title: 't',
		description: 'd',
		focus: [],
		...fields,
	});
	const named = (...ids: string[]) => ids.map((id) => ({ id }));
	const events = [
		{ places: ['town'], sources: ['abc'] },
		{ places: ['port', 'target'], sources: ['breitbart'] },
		{ places: ['struck'], sources: ['wasat'] },
		{ places: ['sea'], sources: ['sputnik'] },
		{ places: ['elsewhere'], sources: ['dod'] },
		{ places: [], sources: ['nowhere'] },
	];

	test('a ring credits the events at the place it is drawn around', () => {
		expect(mapSources(scene({ focus: named('crash') }), places, events)).toEqual(['abc']);
	});

	test('credits context places, strike areas and both ends of a route, not other places', () => {
		const drawn = scene({
			focus: named('crash'),
			context: named('sea'),
			strikes: named('struck'),
			routes: [{ from: { id: 'port' }, to: named('target') }],
		});
		expect(drawnPlaces(drawn, places)).toEqual(
			expect.arrayContaining(['crash', 'town', 'sea', 'struck', 'port', 'target']),
		);
		expect(mapSources(drawn, places, events).sort()).toEqual(
			['abc', 'breitbart', 'sputnik', 'wasat'].sort(),
		);
	});

	test('lists the sources of what the scene frames first', () => {
		const drawn = scene({ focus: named('struck'), context: named('town') });
		expect(mapSources(drawn, places, events)).toEqual(['wasat', 'abc']);
	});

	test('a point drawn alone does not credit a ring around it', () => {
		const ringEvents = [{ places: ['crash'], sources: ['abc'] }];
		expect(mapSources(scene({ focus: named('town') }), places, ringEvents)).toEqual([]);
	});
});

describe('creditLine(outlets)', () => {
	test('drops the bracketed detail and repeats', () => {
		expect(shortOutlet('CNN (Barbara Starr and Jeremy Diamond)')).toBe('CNN');
		expect(creditLine(['Reuters (citing Interfax)', 'Reuters', 'APA (citing Sputnik)'])).toBe(
			'Reuters; APA',
		);
	});
});

describe('embedSnippets({ path, title, root, height })', () => {
	const snippets = embedSnippets({
		path: 'map/caspian-launch',
		title: 'The "Caspian" launch',
		root: 'https://example.org/stories/missiles/',
		height: 600,
	});

	test('the loader code points at the loader under the site root', () => {
		expect(snippets.loader).toContain('data-explainer-embed="map/caspian-launch"');
		expect(snippets.loader).toContain('src="https://example.org/stories/missiles/embed.js"');
		expect(snippets.loader).toContain('data-title="The &quot;Caspian&quot; launch"');
	});

	test('the loader code holds no size that could go stale: the loader sizes the frame', () => {
		expect(snippets.loader).not.toMatch(/style=|height|\d+px/);
	});

	test('the iframe code points at the embed page, sandboxed like the loader', () => {
		expect(snippets.iframe).toContain(
			'src="https://example.org/stories/missiles/embed/map/caspian-launch/?theme=auto"',
		);
		expect(snippets.iframe).toContain(`sandbox="${SANDBOX}"`);
		expect(snippets.iframe).toContain('height="600"');
	});
});

describe('provisionalHeight(width, caption)', () => {
	test.each([0, 280, 375, 600, 960, 1400])(
		'is whole pixels, and less without the caption, at %i px',
		(width) => {
			const full = provisionalHeight(width);
			expect(Number.isInteger(full)).toBe(true);
			expect(full).toBeGreaterThan(0);
			expect(provisionalHeight(width, false)).toBeLessThan(full);
		},
	);

	test('grows with the width, as a drawing does', () => {
		expect(provisionalHeight(1280)).toBeGreaterThan(provisionalHeight(320));
	});
});

describe('propsInterface(source)', () => {
	test('returns the Props interface with nested braces intact', () => {
		const source = `---\nimport x from 'y';\ninterface Props {\n\t/** Size. */\n\tsize: { width: number };\n}\nconst a = 1;\n---\n<div />`;
		expect(propsInterface(source)).toBe(
			'interface Props {\n\t/** Size. */\n\tsize: { width: number };\n}',
		);
	});

	test('is undefined when there is none', () => {
		expect(propsInterface('---\nconst a = 1;\n---')).toBeUndefined();
	});
});
