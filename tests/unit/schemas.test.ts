import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { ArticleSchema } from '../../src/story/schemas/article';
import { ClaimSchema } from '../../src/story/schemas/claim';
import { EventSchema } from '../../src/story/schemas/event';
import { PlaceSchema } from '../../src/story/schemas/place';
import { SceneSchema } from '../../src/story/schemas/scene';
import { SectionSchema } from '../../src/story/schemas/section';
import { SourceSchema } from '../../src/story/schemas/source';
import { issuesOf, reference } from './fixtures';

const section = {
	order: 1,
	title: 'The launch',
	kicker: '7 October',
	sources: ['cnn-2015-10-08'],
	steps: [{ id: 'caspian-ships', scene: 'caspian-launch', alt: 'The south Caspian Sea.' }],
};
const event = {
	id: 'caspian-launch',
	date: '2015-10-07',
	title: 'Launch',
	summary: 'Four ships fired 26 missiles.',
	category: 'military',
	status: 'confirmed',
	sources: ['breitbart-2015-10-07'],
};
const source = {
	id: 'cnn-2015-10-08',
	outlet: 'CNN',
	title: 'A headline',
	date: '2015-10-08',
	kind: 'press',
	url: 'https://edition.cnn.com/',
};
const place = { id: 'takab', name: 'Takab', country: 'Iran', lat: 36.4, lon: 47.11, kind: 'town' };

describe('SectionSchema(reference)', () => {
	const schema = SectionSchema(reference);

	test('accepts a valid section and resolves its references', () => {
		const result = schema.parse(section);
		expect(result.steps[0]?.scene).toEqual({ collection: 'scenes', id: 'caspian-launch' });
		expect(result.steps[0]?.events).toEqual([]);
	});

	test.each([
		['a missing title', { ...section, title: undefined }, 'title: title is required'],
		['an empty title', { ...section, title: '  ' }, 'title: title must not be empty'],
		[
			'a step without a scene',
			{ ...section, steps: [{ id: 'a', alt: 'x' }] },
			'steps.0.scene: Invalid input: expected string, received undefined',
		],
		['an empty steps list', { ...section, steps: [] }, 'steps: a section needs at least one step'],
		[
			'a duplicate step id',
			{ ...section, steps: [section.steps[0], section.steps[0]] },
			'steps.1.id: duplicate step id "caspian-ships"',
		],
		[
			'a step id that is not a slug',
			{ ...section, steps: [{ ...section.steps[0], id: 'Caspian Ships' }] },
			'steps.0.id: must be lower-case words joined by hyphens',
		],
		['an order of 0', { ...section, order: 0 }, 'order: order must be 1 or more'],
		['an order as text', { ...section, order: 'first' }, 'order: order must be a number'],
	])('rejects %s, naming the field', (_, input, message) => {
		expect(issuesOf(schema.safeParse(input))).toContain(message);
	});
});

describe('EventSchema(reference)', () => {
	const schema = EventSchema(reference);

	test('accepts a valid event', () => {
		expect(schema.safeParse(event).success).toBe(true);
	});

	test.each([
		[
			'a month 13',
			{ ...event, date: '2015-13-01' },
			'date: must be a real date written YYYY-MM-DD',
		],
		[
			'31 September',
			{ ...event, date: '2015-09-31' },
			'date: must be a real date written YYYY-MM-DD',
		],
		[
			'a US-style date',
			{ ...event, date: '10/07/2015' },
			'date: must be a real date written YYYY-MM-DD',
		],
		[
			'an unknown category',
			{ ...event, category: 'rumour' },
			'category: Invalid option: expected one of "military"|"diplomatic"|"report"|"denial"',
		],
		[
			'an unknown status',
			{ ...event, status: 'likely' },
			'status: Invalid option: expected one of "confirmed"|"reported"|"disputed"|"denied"',
		],
		['no sources', { ...event, sources: [] }, 'sources: an event needs at least one source'],
		[
			'a time without a zone',
			{ ...event, time: '12:08' },
			'timeZone: a time of day needs a timeZone',
		],
		[
			'a time of 25:00',
			{ ...event, time: '25:00', timeZone: 'UTC' },
			'time: must be a 24-hour time written HH:MM',
		],
		[
			'an unknown time zone',
			{ ...event, time: '12:08', timeZone: 'Europe/Atlantis' },
			'timeZone: must be an IANA time zone such as Europe/Istanbul',
		],
	])('rejects %s', (_, input, message) => {
		expect(issuesOf(schema.safeParse(input))).toContain(message);
	});

	test('an unquoted YAML date of 2015-13-01 stays a string and fails (no silent roll-over)', () => {
		const [parsed] = parse('- date: 2015-13-01\n');
		expect(parsed.date).toBe('2015-13-01');
		expect(issuesOf(schema.safeParse({ ...event, date: parsed.date }))).toContain(
			'date: must be a real date written YYYY-MM-DD',
		);
	});
});

describe('PlaceSchema', () => {
	test.each([
		['a latitude of 95', { ...place, lat: 95 }, 'lat: latitude must be between -90 and 90'],
		['a latitude of -90.5', { ...place, lat: -90.5 }, 'lat: latitude must be between -90 and 90'],
		['a longitude of 181', { ...place, lon: 181 }, 'lon: longitude must be between -180 and 180'],
		['a latitude as text', { ...place, lat: '36.4' }, 'lat: latitude must be a number'],
		['an area without extent', { ...place, kind: 'area' }, 'extent: an area needs an extent'],
		[
			'an extent the wrong way round',
			{ ...place, kind: 'area', extent: { lat: [41, 37.5], lon: [49.5, 52] } },
			'extent.lat: must be [smaller, larger]',
		],
	])('rejects %s', (_, input, message) => {
		expect(issuesOf(PlaceSchema.safeParse(input))).toContain(message);
	});

	test('accepts the poles and the antimeridian', () => {
		expect(PlaceSchema.safeParse({ ...place, lat: 90, lon: -180 }).success).toBe(true);
	});
});

describe('SourceSchema', () => {
	test.each([
		['a missing title', { ...source, title: undefined }, 'title: title is required'],
		[
			'an unknown kind',
			{ ...source, kind: 'blog' },
			'kind: Invalid option: expected one of "official"|"agency"|"press"|"research"',
		],
		['a javascript: URL', { ...source, url: 'javascript:alert(1)' }, 'url: must be an http(s) URL'],
		[
			'a malformed date',
			{ ...source, date: '2015-10-8' },
			'date: must be a real date written YYYY-MM-DD',
		],
	])('rejects %s', (_, input, message) => {
		expect(issuesOf(SourceSchema.safeParse(input))).toContain(message);
	});

	test('a date known only as a range of days has an `until` after `date`', () => {
		expect(SourceSchema.safeParse({ ...source, circa: true, until: '2015-10-10' }).success).toBe(
			true,
		);
		expect(issuesOf(SourceSchema.safeParse({ ...source, until: '2015-10-08' }))).toContain(
			'until: must be a later day than date',
		);
	});

	test('the URL is optional, for sources found only on mirrors', () => {
		const { url: _url, ...withoutUrl } = source;
		expect(SourceSchema.safeParse(withoutUrl).success).toBe(true);
	});
});

describe('ClaimSchema(reference)', () => {
	const schema = ClaimSchema(reference);
	const claim = {
		id: 'takab-object',
		statement: 'Missiles crashed in Iran.',
		status: 'disputed',
		claimedBy: 'U.S. officials',
		sources: ['cnn'],
	};

	test('a disputed claim must say who denies it', () => {
		expect(issuesOf(schema.safeParse(claim))).toContain(
			'deniedBy: a disputed or denied claim must say who denies it',
		);
		expect(schema.safeParse({ ...claim, deniedBy: 'Russia' }).success).toBe(true);
	});
});

describe('SceneSchema(reference)', () => {
	const schema = SceneSchema(reference);
	test('a map scene needs places to frame; a timeline scene does not', () => {
		const scene = { id: 'launch', graphic: 'map', title: 'Launch', description: 'The route.' };
		expect(issuesOf(schema.safeParse(scene))).toContain(
			'focus: a map scene needs at least one place to focus on',
		);
		expect(schema.safeParse({ ...scene, graphic: 'timeline' }).success).toBe(true);
	});
});

describe('ArticleSchema', () => {
	const article = {
		headline: 'H',
		standfirst: 'S',
		published: '2026-11-25',
		modified: '2026-11-25',
		author: 'Desk',
		lang: 'en-GB',
		card: 'launch',
		dataLicence: { text: 'Data: CC BY 4.0' },
	};
	test('modified may not precede published', () => {
		expect(issuesOf(ArticleSchema.safeParse({ ...article, modified: '2026-11-24' }))).toContain(
			'modified: modified must not be before published',
		);
	});

	test('the data cannot be published without a licence, and the error names the field', () => {
		const { dataLicence: _, ...unlicensed } = article;
		expect(issuesOf(ArticleSchema.safeParse(unlicensed)).join()).toContain('dataLicence');
		const badUrl = { ...article, dataLicence: { text: 'Data: CC BY 4.0', url: 'ftp://x' } };
		expect(issuesOf(ArticleSchema.safeParse(badUrl))).toEqual([
			'dataLicence.url: must be an http(s) URL',
		]);
	});
});
