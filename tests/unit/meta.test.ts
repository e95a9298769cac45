import { describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/lib/meta/absolute-url';
import { jsonLd } from '../../src/lib/meta/json-ld';
import { newsArticle } from '../../src/lib/meta/news-article';
import { robotsTxt } from '../../src/lib/meta/robots';
import { withBase } from '../../src/lib/meta/with-base';

describe('absoluteUrl(path, site)', () => {
	test.each([
		['/', 'https://example.org', 'https://example.org/'],
		['/stories/missiles/', 'https://example.org', 'https://example.org/stories/missiles/'],
		['/stories/missiles/', 'https://example.org/', 'https://example.org/stories/missiles/'],
		// The path already holds the base: a SITE written with the same path adds nothing.
		[
			'/repo/social/story.png',
			'https://user.github.io/repo',
			'https://user.github.io/repo/social/story.png',
		],
		['/a b/', new URL('https://example.org'), 'https://example.org/a%20b/'],
	])('%s on %s is %s', (path, site, expected) => {
		expect(absoluteUrl(path, site)).toBe(expected);
	});

	test.each([undefined, ''])('is undefined without a site (%o)', (site) => {
		expect(absoluteUrl('/stories/', site)).toBeUndefined();
	});

	test.each(['social/story.png', '//evil.example/x', 'https://example.org/'])(
		'rejects %s, which is not root-relative',
		(path) => {
			expect(() => absoluteUrl(path, 'https://example.org')).toThrow(RangeError);
		},
	);
});

describe('withBase(base, path)', () => {
	test.each([
		['/', '', '/'],
		['/', 'social/story.png', '/social/story.png'],
		['/stories/missiles/', '', '/stories/missiles/'],
		['/stories/missiles/', 'favicon.svg', '/stories/missiles/favicon.svg'],
		['/stories/missiles', 'favicon.svg', '/stories/missiles/favicon.svg'],
		['stories', '/favicon.svg', '/stories/favicon.svg'],
	])('(%s, %s) is %s', (base, path, expected) => {
		expect(withBase(base, path)).toBe(expected);
	});
});

describe('robotsTxt(sitemapUrl)', () => {
	test('allows everything and names the sitemap', () => {
		const text = robotsTxt('https://example.org/sub/sitemap-index.xml');
		expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
		expect(text).toContain('\nSitemap: https://example.org/sub/sitemap-index.xml\n');
	});

	test('leaves the Sitemap line out when the URL is unknown', () => {
		expect(robotsTxt(undefined)).not.toContain('Sitemap');
	});
});

describe('newsArticle(input)', () => {
	const input = {
		headline: 'A headline',
		description: 'A standfirst.',
		published: '2015-10-08T09:00:00+01:00',
		modified: '2015-10-09T18:30:00Z',
		author: { type: 'Organization' as const, name: 'The Desk', url: 'https://e.org/desk/' },
		lang: 'en-GB',
	};

	test('has the NewsArticle fields, the author with its type and URL', () => {
		expect(
			newsArticle({
				...input,
				url: 'https://e.org/',
				images: ['https://e.org/a.png', 'https://e.org/b.png'],
			}),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'A headline',
			description: 'A standfirst.',
			datePublished: '2015-10-08T09:00:00+01:00',
			dateModified: '2015-10-09T18:30:00Z',
			inLanguage: 'en-GB',
			author: [{ '@type': 'Organization', name: 'The Desk', url: 'https://e.org/desk/' }],
			image: ['https://e.org/a.png', 'https://e.org/b.png'],
			url: 'https://e.org/',
			mainEntityOfPage: 'https://e.org/',
		});
	});

	test('gives each correction as a CorrectionComment, oldest first', () => {
		const corrections = [
			{ date: '2015-10-09T08:00:00Z', text: 'We corrected a date.' },
			{ date: '2015-10-09T18:30:00Z', text: 'We corrected a name.' },
		];
		expect(newsArticle({ ...input, corrections }).correction).toEqual([
			{
				'@type': 'CorrectionComment',
				datePublished: '2015-10-09T08:00:00Z',
				text: 'We corrected a date.',
			},
			{
				'@type': 'CorrectionComment',
				datePublished: '2015-10-09T18:30:00Z',
				text: 'We corrected a name.',
			},
		]);
	});

	test('a Person author keeps its type', () => {
		const person = { type: 'Person' as const, name: 'A. Writer', url: 'https://e.org/a/' };
		expect(newsArticle({ ...input, author: person }).author).toEqual([
			{ '@type': 'Person', name: 'A. Writer', url: 'https://e.org/a/' },
		]);
	});

	test('leaves out what is unknown (url, images, author url, corrections), rather than print "undefined"', () => {
		const data = newsArticle({
			...input,
			author: { ...input.author, url: undefined },
			url: undefined,
			images: [],
			corrections: [],
		});
		for (const key of ['image', 'url', 'mainEntityOfPage', 'correction']) {
			expect(Object.keys(data)).not.toContain(key);
		}
		expect(JSON.stringify(data)).not.toContain('undefined');
		expect(JSON.stringify(data.author)).not.toContain('url');
	});
});

describe('jsonLd(data)', () => {
	test('round-trips through JSON.parse', () => {
		const data = { headline: 'Missiles & "claims" — über', list: [1, 2] };
		expect(JSON.parse(jsonLd(data))).toEqual(data);
	});

	test('cannot close the script element early', () => {
		const text = jsonLd({ headline: 'a </script><script>alert(1)</script> <!-- b' });
		expect(text).not.toMatch(/<\/script|<!--/i);
		expect(JSON.parse(text).headline).toBe('a </script><script>alert(1)</script> <!-- b');
	});
});
