/**
 * The absolute URL of a root-relative path (one that already carries the base path) on the
 * public origin `site`; `undefined` without a site, so callers leave out the tags that need one
 * rather than print a localhost or "undefined" URL.
 */
export function absoluteUrl(path: string, site: URL | string | undefined): string | undefined {
	if (!path.startsWith('/') || path.startsWith('//')) {
		throw new RangeError(`expected a root-relative path such as /sub/page/, got "${path}"`);
	}
	if (site === undefined || site === '') return undefined;
	// `new URL('/x', 'https://host/prefix/')` drops "prefix/": the path already holds the base.
	return new URL(path, site).href;
}
