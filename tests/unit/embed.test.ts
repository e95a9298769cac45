import { describe, expect, test } from 'vitest';
import { CHART_PATH, embeddableCharts } from '../../src/lib/embed/charts';
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
	heightMessage,
	pymHeightMessage,
	readHeight,
} from '../../src/lib/embed/messages';
import { DEFAULT_OPTIONS, parseEmbedOptions } from '../../src/lib/embed/options';
import { reservationStyle, reservedHeight } from '../../src/lib/embed/reserve';
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

	test('lists every scene of a per-scene kind and a single kind once, in scene order, with paths the loader accepts', () => {
		const charts = embeddableCharts(scenes, policy);
		expect(charts.map((chart) => chart.path)).toEqual(['map/launch', 'timeline', 'map/impact']);
		for (const chart of charts) expect(CHART_PATH.test(chart.path)).toBe(true);
	});

	test('a single kind stands for its first scene', () => {
		const twice = [...scenes, { id: 'later', graphic: 'timeline', title: 'T', description: 'd' }];
		const timelines = embeddableCharts(twice, policy).filter(
			(chart) => chart.graphic === 'timeline',
		);
		expect(timelines.map((chart) => chart.scene)).toEqual(['timeline']);
	});

	test.each(['map/../../evil', 'map/Launch', 'https://evil.example/', 'map/', 'map/a/b'])(
		'the loader refuses the path %s',
		(path) => {
			expect(CHART_PATH.test(path)).toBe(false);
		},
	);
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

	test('the iframe code points at the embed page, sandboxed like the loader', () => {
		expect(snippets.iframe).toContain(
			'src="https://example.org/stories/missiles/embed/map/caspian-launch/?theme=auto"',
		);
		expect(snippets.iframe).toContain(`sandbox="${SANDBOX}"`);
		expect(snippets.iframe).toContain('height="600"');
	});
});

describe('reservedHeight(path, width, caption)', () => {
	const widths = [280, 375, 600, 960, 1400];

	test('is whole pixels, and less without the caption', () => {
		for (const path of ['map/caspian-launch', 'timeline']) {
			for (const width of widths) {
				const full = reservedHeight(path, width);
				expect(Number.isInteger(full)).toBe(true);
				expect(reservedHeight(path, width, false)).toBeLessThan(full);
			}
		}
	});

	test('a map keeps its aspect ratio as it widens: 80 px more height per 100 px of width', () => {
		expect(reservedHeight('map/any', 1400) - reservedHeight('map/any', 1300)).toBe(80);
	});

	test('the loader code carries the same reservation as a style, for before it runs', () => {
		const code = embedSnippets({
			path: 'timeline',
			title: 'T',
			root: 'https://a.example/',
			height: 1,
		});
		expect(code.loader).toContain(`style="${reservationStyle('timeline')}"`);
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
