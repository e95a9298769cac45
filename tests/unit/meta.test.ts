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
		published: '2015-10-08',
		modified: '2015-10-09',
		author: 'The Desk',
		lang: 'en-GB',
	};

	test('has the NewsArticle fields, the author as an Organization', () => {
		expect(
			newsArticle({ ...input, url: 'https://e.org/', image: 'https://e.org/card.png' }),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			headline: 'A headline',
			description: 'A standfirst.',
			datePublished: '2015-10-08',
			dateModified: '2015-10-09',
			inLanguage: 'en-GB',
			author: [{ '@type': 'Organization', name: 'The Desk' }],
			image: ['https://e.org/card.png'],
			url: 'https://e.org/',
			mainEntityOfPage: 'https://e.org/',
		});
	});

	test('leaves out url and image when they are unknown, rather than print "undefined"', () => {
		const data = newsArticle({ ...input, url: undefined, image: undefined });
		expect(Object.keys(data)).not.toContain('image');
		expect(Object.keys(data)).not.toContain('url');
		expect(JSON.stringify(data)).not.toContain('undefined');
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
