// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * BASE_PATH deploys the site under a sub-path (`BASE_PATH=/explainer/ npm run build`);
 * SITE is the public origin, used for canonical and social URLs when set.
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	...(process.env.SITE ? { site: process.env.SITE } : {}),
	base,
	trailingSlash: 'always',
	integrations: [mdx(), sitemap()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
