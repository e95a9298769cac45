import { describe, expect, test } from 'vitest';
import { checkBasePath, pathInBase, siteAndBase } from '../../tools/lib/site-paths.mjs';

describe('checkBasePath(raw)', () => {
	test.each([
		['', '/'],
		['/', '/'],
		['explainer', '/explainer/'],
		['/explainer', '/explainer/'],
		['/stories/explainer/', '/stories/explainer/'],
		['/café/', '/café/'],
		['/caf%C3%A9/', '/café/'],
		['/a-b_c.d~e/', '/a-b_c.d~e/'],
	])('%j is %j', (raw, base) => {
		expect(checkBasePath(raw)).toBe(base);
	});

	test.each([
		['/a"><script>alert(1)</script>', /BASE_PATH .* is refused: "\\"" is not allowed/],
		["/a'/", /"'" is not allowed/],
		['/a<b/', /"<" is not allowed/],
		['/a>b/', /">" is not allowed/],
		['/a&b/', /"&" is not allowed/],
		['/a`b/', /"`" is not allowed/],
		['/a\\b/', /"\\\\" is not allowed/],
		['/a?b/', /"\?" is not allowed/],
		['/a#b/', /"#" is not allowed/],
		['/a%22b/', /"\\"" is not allowed/],
		['/a%/', /malformed percent-escape/],
		['/a%2525/', /"%" is not allowed/],
		['//evil.example/', /starts like another host/],
		['/\\evil.example/', /"\\\\" is not allowed/],
		['javascript:alert(1)', /URL scheme/],
		['https://evil.example/', /URL scheme/],
		['/a//b/', /empty segment/],
		['/a/../b/', /"\.\." segment/],
		['/./', /"\." segment/],
		['/my site/', /" " is not allowed/],
		['/a\u0000b/', /is not allowed/],
		['/a\nb/', /is not allowed/],
	])('refuses %j, saying why', (raw, why) => {
		expect(() => checkBasePath(raw)).toThrow(why);
	});

	test('allows spaces only when asked (the preview server matches them; a build refuses them)', () => {
		expect(checkBasePath('/my site/', { spaces: true })).toBe('/my site/');
		expect(() => checkBasePath('/ my/', { spaces: true })).toThrow(/starts or ends with a space/);
	});
});

describe('siteAndBase({ SITE, BASE_PATH })', () => {
	test('without SITE, the base alone', () => {
		expect(siteAndBase({})).toEqual({ site: undefined, base: '/' });
		expect(siteAndBase({ BASE_PATH: '/explainer/' })).toEqual({
			site: undefined,
			base: '/explainer/',
		});
	});

	test('an origin with a base', () => {
		expect(siteAndBase({ SITE: 'https://example.org', BASE_PATH: '/explainer/' })).toEqual({
			site: 'https://example.org',
			base: '/explainer/',
		});
	});

	test('a path in SITE becomes the base, so canonical URLs, embed codes and the sitemap keep it', () => {
		expect(siteAndBase({ SITE: 'https://example.org/stories/' })).toEqual({
			site: 'https://example.org',
			base: '/stories/',
		});
		expect(siteAndBase({ SITE: 'https://example.org/stories' }).base).toBe('/stories/');
	});

	test('a BASE_PATH under the path of SITE is kept', () => {
		expect(
			siteAndBase({ SITE: 'https://example.org/stories/', BASE_PATH: '/stories/explainer/' }),
		).toEqual({ site: 'https://example.org', base: '/stories/explainer/' });
	});

	test.each([
		[{ SITE: 'https://example.org/stories/', BASE_PATH: '/explainer/' }, /disagree/],
		[{ SITE: 'example.org' }, /not a URL/],
		[{ SITE: 'ftp://example.org/' }, /http\(s\) URL/],
		[{ SITE: 'javascript:alert(1)' }, /http\(s\) URL/],
		[{ SITE: 'https://user:secret@example.org/' }, /user name or password/],
		[{ SITE: 'https://example.org/?a=1' }, /query or a fragment/],
		[{ SITE: 'https://example.org/#top' }, /query or a fragment/],
		[{ SITE: 'https://example.org/a"b/' }, /the path of SITE .* is refused/],
		[{ SITE: 'https://example.org/', BASE_PATH: '/a"/' }, /BASE_PATH .* is refused/],
	])('refuses %j', (env, why) => {
		expect(() => siteAndBase(env)).toThrow(why);
	});
});

describe('pathInBase(pathname, base)', () => {
	test.each([
		['/', '/', { rest: '/' }],
		['/embed/x/', '/', { rest: '/embed/x/' }],
		['/sub/', '/sub/', { rest: '/' }],
		['/sub/embed/%20x', '/sub/', { rest: '/embed/%20x' }],
		['/sub', '/sub/', { bare: true }],
		['/my%20site/a', '/my site/', { rest: '/a' }],
		['/caf%C3%A9/', '/café/', { rest: '/' }],
		['/caf%c3%a9/', '/café/', { rest: '/' }],
		['/other/', '/sub/', undefined],
		['/subway/', '/sub/', undefined],
		['/%/', '/sub/', undefined],
		['http://evil.example/sub/', '/sub/', undefined],
		['*', '/', undefined],
	])('%j under %j is %j', (pathname, base, place) => {
		expect(pathInBase(pathname, base)).toEqual(place);
	});
});
