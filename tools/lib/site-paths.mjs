/**
 * Where the site lives: BASE_PATH (the sub-path it is deployed under) and SITE (its public
 * origin). Both end up in every page — in `<script src>`, `<link href>`, canonical URLs, embed
 * codes and the sitemap — so they are checked here, once, before Astro sees them, and the build
 * refuses what could break out of an attribute or point somewhere else. The preview server
 * reads `--base` through the same check and matches request paths with `pathInBase`.
 */

// Between slashes: letters, digits and marks of any script, and URL punctuation that means
// nothing in HTML. Quotes, angle brackets, `&`, backslashes, `%`, `?` and `#` are out. Spaces only
// where asked for: the preview server matches them, but in a build they would make every asset
// URL in every page invalid HTML (Astro writes the base into attributes as it is).
const SEGMENT = /^[\p{L}\p{N}\p{M}._~!$*+,;=:@()-]+$/u;
const SEGMENT_WITH_SPACES = /^[\p{L}\p{N}\p{M} ._~!$*+,;=:@()-]+$/u;
const ALLOWED = 'letters, digits and - . _ ~ ! $ * + , ; = : @ ( )';

/**
 * Checks a sub-path and returns it with a slash at each end (`explainer` → `/explainer/`).
 * Percent-escapes are decoded once (`/my%20site/` is `/my site/`). Throws, saying what is wrong,
 * for anything that could escape an HTML attribute or a URL path.
 * @param {string | undefined} raw
 * @param {{ name?: string, spaces?: boolean }} [options] what to call it in the message; whether
 *   spaces are allowed
 * @returns {string}
 */
export function checkBasePath(raw, { name = 'BASE_PATH', spaces = false } = {}) {
	const value = raw ?? '';
	const pattern = spaces ? SEGMENT_WITH_SPACES : SEGMENT;
	const allowed = spaces ? `${ALLOWED} and spaces` : ALLOWED;
	const refuse = (why) => {
		throw new Error(`${name} ${JSON.stringify(value)} is refused: ${why}.`);
	};
	let decoded = value;
	try {
		decoded = decodeURIComponent(value);
	} catch {
		refuse('it has a malformed percent-escape');
	}
	if (/^\/\/|^\\|^[a-z][a-z0-9+.-]*:/i.test(decoded)) {
		refuse('it must be a path on this site (it starts like another host or a URL scheme)');
	}
	const segments = decoded.split('/');
	// A slash at each end is optional; inside, an empty segment is a `//`.
	const inner = segments.slice(segments[0] === '' ? 1 : 0, segments.at(-1) === '' ? -1 : undefined);
	for (const segment of inner) {
		if (segment === '') refuse('it has an empty segment (`//`)');
		if (segment === '.' || segment === '..') refuse(`it has a "${segment}" segment`);
		if (!pattern.test(segment)) {
			const bad = [...segment].find((char) => !pattern.test(char)) ?? segment;
			refuse(`${JSON.stringify(bad)} is not allowed; use only ${allowed} between slashes`);
		}
		if (segment !== segment.trim()) refuse('a segment starts or ends with a space');
	}
	return inner.length ? `/${inner.join('/')}/` : '/';
}

/**
 * Checks SITE and BASE_PATH together and returns what Astro gets: `site` as an origin (or
 * undefined) and the base. A path in SITE is honoured, not dropped: the site can only be served
 * from one place, and Astro builds every absolute URL from the base, so SITE's path becomes the
 * base when BASE_PATH is unset, and a BASE_PATH outside it is refused.
 * @param {{ SITE?: string, BASE_PATH?: string }} env
 * @returns {{ site: string | undefined, base: string }}
 */
export function siteAndBase({ SITE, BASE_PATH }) {
	const base = BASE_PATH ? checkBasePath(BASE_PATH) : undefined;
	if (!SITE) return { site: undefined, base: base ?? '/' };
	let url;
	try {
		url = new URL(SITE);
	} catch {
		throw new Error(
			`SITE ${JSON.stringify(SITE)} is refused: it is not a URL (e.g. https://example.org).`,
		);
	}
	const refuse = (why) => {
		throw new Error(`SITE ${JSON.stringify(SITE)} is refused: ${why}.`);
	};
	if (url.protocol !== 'https:' && url.protocol !== 'http:') refuse('it must be an http(s) URL');
	if (url.username || url.password) refuse('it must not carry a user name or password');
	if (url.search || url.hash || SITE.includes('?') || SITE.includes('#')) {
		refuse('it must not have a query or a fragment');
	}
	const sitePath = checkBasePath(url.pathname, { name: 'the path of SITE' });
	if (base === undefined) return { site: url.origin, base: sitePath };
	if (!base.startsWith(sitePath)) {
		refuse(
			`its path ${JSON.stringify(sitePath)} and BASE_PATH ${JSON.stringify(base)} disagree; ` +
				`the site is served from one place, so set BASE_PATH to ${JSON.stringify(sitePath)} ` +
				'(or a path under it), or leave it out',
		);
	}
	return { site: url.origin, base };
}

/**
 * Where a request path falls against a base: `{ rest }` (the path below the base, still
 * percent-encoded, starting with `/`), `{ bare: true }` for the base without its last slash,
 * or undefined outside it. Segments are compared decoded, so `/caf%C3%A9/` and `/caf%c3%a9/`
 * both match a base of `/café/`.
 * @param {string} pathname
 * @param {string} base as checkBasePath returns it
 * @returns {{ rest: string, bare?: undefined } | { bare: true, rest?: undefined } | undefined}
 */
export function pathInBase(pathname, base) {
	if (!pathname.startsWith('/')) return undefined;
	const want = base.split('/').filter(Boolean);
	const got = pathname.split('/').slice(1);
	if (got.length < want.length) return undefined;
	for (let i = 0; i < want.length; i++) {
		if (decodeSegment(got[i]) !== want[i]) return undefined;
	}
	if (want.length > 0 && got.length === want.length) return { bare: true };
	return { rest: `/${got.slice(want.length).join('/')}` };
}

function decodeSegment(segment = '') {
	try {
		return decodeURIComponent(segment);
	} catch {
		return undefined;
	}
}
