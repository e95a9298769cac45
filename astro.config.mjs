// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { chartRoutes } from './tools/lib/chart-routes.mjs';
import { inlineScriptHashes } from './tools/lib/inline-script-hashes.mjs';
import { siteAndBase } from './tools/lib/site-paths.mjs';

/**
 * BASE_PATH deploys the site under a sub-path (`BASE_PATH=/explainer/ npm run build`);
 * SITE is the public origin, used for canonical and social URLs when set. Both are checked
 * first: a BASE_PATH that could break out of an attribute is refused, and a path in SITE
 * becomes the base (see tools/lib/site-paths.mjs).
 */
const { site, base } = siteAndBase(process.env);

/** Whether a page's URL is one of the /embed/… pages, under any base path. */
const isEmbedPage = (/** @type {string} */ page) => new URL(page).pathname.includes('/embed/');

export default defineConfig({
	...(site ? { site } : {}),
	base,
	trailingSlash: 'always',
	// Embed pages are for frames on other sites, not for search results (they carry noindex too).
	integrations: [mdx(), sitemap({ filter: (page) => !isEmbedPage(page) }), chartRoutes()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	// Shiki colours code with inline styles, which the security policy blocks; the story has no
	// code blocks, so highlighting is off rather than quietly broken.
	markdown: { syntaxHighlight: false },
	security: {
		// Astro hashes every script and style it emits into a per-page <meta http-equiv> policy, so
		// inline code runs without 'unsafe-inline'. public/_headers repeats the directives that
		// need no per-page hash, for hosts that read it; tests/e2e/csp.spec.ts keeps them equal.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self'",
				"font-src 'self'",
				"connect-src 'self'",
				"frame-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Astro leaves `is:inline` scripts out of the policy; hash them from the source.
			scriptDirective: { hashes: inlineScriptHashes('src') },
		},
	},
});
