import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/** A URL found in a built page, and where. */
export interface Reference {
	/** The page it was found on, as a URL. */
	page: string;
	/** Element and attribute, e.g. `a[href]`, or the stylesheet for a CSS `url()`. */
	where: string;
	/** The URL as written. */
	value: string;
}

/**
 * Every URL a page refers to, read from its markup as built (run with JavaScript off): links,
 * sources, srcsets, SVG hrefs, and the URLs in meta tags (canonical and social images), plus
 * `url()`s inside the stylesheets it links. Also returns the ids the page defines.
 */
export async function readPage(page: Page): Promise<{ references: Reference[]; ids: string[] }> {
	const found = await page.evaluate(() => {
		const references: { where: string; value: string }[] = [];
		const attributes = ['href', 'src', 'srcset', 'poster', 'data', 'action', 'xlink:href'];
		for (const element of document.querySelectorAll('*')) {
			for (const name of attributes) {
				const value = element.getAttribute(name);
				if (value === null) continue;
				const values =
					name === 'srcset'
						? value.split(',').map((part) => part.trim().split(/\s+/)[0]!)
						: [value];
				for (const item of values)
					references.push({ where: `${element.localName}[${name}]`, value: item });
			}
		}
		for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[content]')) {
			const key = meta.getAttribute('property') ?? meta.name;
			// og:image, og:url, twitter:image, og:image:url… but not og:image:width or :alt.
			if (/(^|:)(image|url)$/.test(key)) {
				references.push({ where: `meta[${key}]`, value: meta.content });
			}
		}
		const ids = [...document.querySelectorAll('[id], a[name]')].map(
			(element) => element.id || element.getAttribute('name') || '',
		);
		return { references, ids };
	});
	const references: Reference[] = found.references.map((item) => ({ page: page.url(), ...item }));
	for (const sheet of references.filter((ref) => ref.where === 'link[href]')) {
		const url = new URL(sheet.value, sheet.page);
		if (url.origin !== new URL(page.url()).origin || !url.pathname.endsWith('.css')) continue;
		const css = await (await page.request.get(url.href)).text();
		for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
			references.push({ page: url.href, where: 'css url()', value: match[2]! });
		}
	}
	return { references, ids: found.ids };
}

/** What the check knows about the site: its folder, where it is served, and every page's ids. */
export interface SiteMap {
	dir: string;
	/** The served site's root URL, base path included: `http://127.0.0.1:4403/sub/`. */
	root: string;
	/** Absolute origins that also mean this site (SITE, for canonical and social URLs). */
	aliases: string[];
	/** Ids defined by each page, keyed by the page's URL path. */
	ids: Map<string, Set<string>>;
}

/**
 * Why a reference is broken, or null when it is fine or not ours to check (another site, mailto:,
 * data:). An internal URL must sit under the base path, name a file in the built folder (a folder
 * only with its trailing slash, as `trailingSlash: 'always'` writes them), and its #fragment must
 * be an id on the page it names.
 */
export function problemWith(reference: Reference, site: SiteMap): string | null {
	const { value } = reference;
	if (/^javascript:/i.test(value)) return 'javascript: URLs are blocked by the CSP';
	if (value === '' || /^(mailto|tel|data|blob):/i.test(value)) return null;
	let url = new URL(value, reference.page);
	const root = new URL(site.root);
	for (const alias of site.aliases) {
		if (url.origin === new URL(alias).origin) url = new URL(url.pathname + url.hash, root.origin);
	}
	if (url.origin !== root.origin) return null;
	if (!url.pathname.startsWith(root.pathname)) return `outside the base path ${root.pathname}`;

	const relative = decodeURIComponent(url.pathname.slice(root.pathname.length));
	const target = join(site.dir, relative);
	const info = existsSync(target) ? statSync(target) : undefined;
	let pagePath = url.pathname;
	if (info?.isDirectory()) {
		if (!relative.endsWith('/') && relative !== '') return 'a folder without its trailing slash';
		if (!existsSync(join(target, 'index.html'))) return 'a folder with no index.html';
	} else if (!info) {
		return `no such file in the build: ${relative || '/'}`;
	} else if (!relative.endsWith('.html')) {
		pagePath = '';
	}
	const fragment = decodeURIComponent(url.hash.slice(1));
	if (fragment && pagePath) {
		const ids = site.ids.get(pagePath);
		if (!ids) return `links into ${pagePath}, a page the check did not read`;
		if (!ids.has(fragment)) return `no element with id "${fragment}" on ${pagePath}`;
	}
	return null;
}
