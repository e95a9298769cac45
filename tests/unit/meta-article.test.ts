import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatDateTime, instant, localDate } from '../../src/lib/meta/date-time';
import { feedItems, updateAnchor } from '../../src/lib/meta/feed';
import { newsArticle } from '../../src/lib/meta/news-article';
import { ArticleSchema } from '../../src/story/schemas/article';
import { articleProblems } from '../e2e/support/structured-data';
import { issuesOf, pageText } from './fixtures';

const article = {
	headline: 'H',
	standfirst: 'S',
	published: '2026-11-25T09:00:00+00:00',
	modified: '2026-12-01T12:00:00+00:00',
	author: 'Desk',
	authorUrl: '/',
	lang: 'en-GB',
	card: 'launch',
	dataLicence: { text: 'Data: CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
	page: pageText,
};
const correction = {
	date: '2026-12-01T12:00:00+00:00',
	kind: 'correction',
	change: 'We corrected a date.',
	reason: 'The source was misread.',
};

describe('localDate(dateTime), formatDateTime(dateTime), instant(dateTime)', () => {
	test.each([
		['2026-12-01T12:00:00+00:00', '2026-12-01', '1 December 2026, 12:00 UTC'],
		['2026-12-01T12:00:00Z', '2026-12-01', '1 December 2026, 12:00 UTC'],
		// The date where it was written, not in UTC (23:30 UTC on 30 November).
		['2026-12-01T00:30:00+01:00', '2026-12-01', '1 December 2026, 00:30 UTC+01:00'],
		['2026-11-30T20:15:30.5-05:00', '2026-11-30', '30 November 2026, 20:15 UTC-05:00'],
	])('%s is %s, printed "%s"', (value, date, printed) => {
		expect(localDate(value)).toBe(date);
		expect(formatDateTime(value)).toBe(printed);
	});

	test('instant() compares moments written in different zones', () => {
		expect(instant('2026-12-01T00:30:00+01:00')).toBeLessThan(instant('2026-11-30T23:45:00Z'));
	});

	test.each(['2026-12-01', '2026-12-01T12:00:00', '2026-12-01 12:00:00Z'])(
		'refuses %s, which has no time or no zone',
		(value) => {
			expect(() => formatDateTime(value)).toThrow(RangeError);
		},
	);
});

describe('ArticleSchema: dates, author and updates', () => {
	test('takes date-times with a time zone, an author URL or path, and updates', () => {
		const parsed = ArticleSchema.parse({ ...article, updates: [correction] });
		expect(parsed.authorType).toBe('Organization');
		expect(parsed.updates).toHaveLength(1);
		expect(ArticleSchema.parse({ ...article, authorUrl: 'https://e.org/desk/' }).updates).toEqual(
			[],
		);
	});

	test.each([
		[{ published: '2026-11-25' }, 'published: must be a date-time with its time zone'],
		[{ modified: '2026-12-01T12:00:00' }, 'modified: must be a date-time with its time zone'],
		[{ authorUrl: 'desk' }, 'authorUrl: must be an http(s) URL or a path from the domain root'],
		[{ authorUrl: '//evil.example/' }, 'authorUrl: must be an http(s) URL or a path'],
		[{ authorType: 'Robot' }, 'authorType: must be Organization or Person'],
		[
			{ updates: [{ ...correction, date: '2026-12-02T00:00:00Z' }] },
			'updates.0.date: must not be after modified',
		],
		[
			{ updates: [{ ...correction, date: '2026-11-24T00:00:00Z' }] },
			'updates.0.date: must not be before published',
		],
		[
			{ updates: [correction, { ...correction, date: '2026-11-30T00:00:00Z' }] },
			'updates.1.date: updates must be listed oldest first',
		],
		[{ updates: [{ ...correction, kind: 'fix' }] }, 'updates.0.kind: must be correction or update'],
		[{ updates: [{ ...correction, reason: '' }] }, 'updates.0.reason: reason must not be empty'],
	])('refuses %o', (change, message) => {
		const issues = issuesOf(ArticleSchema.safeParse({ ...article, ...change }));
		expect(
			issues.some((issue) => issue.startsWith(message)),
			issues.join('\n'),
		).toBe(true);
	});
});

describe('the story content: the article data', () => {
	const data = Object.values(
		parse(readFileSync(resolve(import.meta.dirname, '../../content/data/article.yaml'), 'utf8')),
	)[0];

	test('is valid, and modified is the latest update or later', () => {
		const parsed = ArticleSchema.parse(data);
		for (const update of parsed.updates) {
			expect(instant(parsed.modified)).toBeGreaterThanOrEqual(instant(update.date));
		}
	});

	// A fact of this story: issue 16's fact check is its first correction.
	test('its first correction records the fact check, in readers’ words', () => {
		const [first] = ArticleSchema.parse(data).updates;
		expect(first?.kind).toBe('correction');
		expect(first?.change).toMatch(/^We corrected the attribution of several quotations/);
	});
});

describe('feedItems(article, storyUrl)', () => {
	const parsed = ArticleSchema.parse({
		...article,
		updates: [
			// 11:00 UTC, an hour before the correction.
			{
				...correction,
				date: '2026-12-01T12:00:00+01:00',
				kind: 'update',
				change: 'We added a map.',
			},
			correction,
		],
	});

	test('lists the story and each update, newest first, with absolute links to their anchors', () => {
		const items = feedItems(parsed, 'https://e.org/story/');
		expect(items.map((item) => item.link)).toEqual([
			`https://e.org/story/#${updateAnchor(1)}`,
			`https://e.org/story/#${updateAnchor(0)}`,
			'https://e.org/story/',
		]);
		expect(items[0]!.title).toBe('Correction, 1 December 2026, 12:00 UTC: H');
		expect(items[1]!.title).toMatch(/^Update, /);
		expect(items[0]!.description).toBe('We corrected a date. The source was misread.');
		expect(items.at(-1)!.pubDate.toISOString()).toBe('2026-11-25T09:00:00.000Z');
	});
});

describe('articleProblems(data): the JSON-LD validator', () => {
	const valid = newsArticle({
		headline: 'H',
		description: 'S',
		published: '2026-11-25T09:00:00+00:00',
		modified: '2026-12-01T12:00:00+00:00',
		author: { type: 'Organization', name: 'Desk', url: 'https://e.org/' },
		lang: 'en-GB',
		url: 'https://e.org/story/',
		images: ['https://e.org/a.png'],
		corrections: [{ date: '2026-12-01T12:00:00+00:00', text: 'We corrected a date.' }],
	});

	test('passes what newsArticle() builds', () => {
		expect(articleProblems(valid)).toEqual([]);
	});

	test.each([
		[{ '@type': 'WebPage' }, 'NewsArticle.@type: must be NewsArticle or Article or BlogPosting'],
		[{ '@context': 'https://example.org' }, '@context: must be https://schema.org'],
		[{ datePublished: '2026-11-25' }, 'NewsArticle.datePublished: must be an ISO 8601 date-time'],
		[{ dateModified: '2026-11-24T00:00:00Z' }, 'dateModified: must not be before datePublished'],
		[{ image: ['/social/story.png'] }, 'NewsArticle.image[0]: must be an absolute URL'],
		[{ image: undefined }, 'NewsArticle.image: is required'],
		[
			{ author: [{ '@type': 'Organization', name: 'Desk' }] },
			'NewsArticle.author[0].url: is required',
		],
		[
			{ author: [{ '@type': 'Company', name: 'D', url: 'https://e.org/' }] },
			'NewsArticle.author[0].@type',
		],
		[{ correction: [{ '@type': 'Comment', text: 'x' }] }, 'NewsArticle.correction[0].@type'],
		[
			{ correction: [{ '@type': 'CorrectionComment', text: 'x' }] },
			'NewsArticle.correction[0].datePublished: is required',
		],
		[{ headlin: 'H' }, 'NewsArticle.headlin: not a property this validator knows'],
	])('finds the problem in %o', (change, problem) => {
		const data = JSON.parse(JSON.stringify({ ...valid, ...change }));
		expect(
			articleProblems(data).some((line) => line.startsWith(problem)),
			articleProblems(data).join('\n'),
		).toBe(true);
	});
});
