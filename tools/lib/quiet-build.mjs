/**
 * What keeps `npm run build` free of warnings that ask nothing of the reader: one line instead of
 * the sitemap's warning when SITE is not set, and a filter for one bundler warning that Astro's
 * MDX output always triggers. Anything else is still printed.
 */

/**
 * An integration that says once, at the end of a build without SITE, what that build leaves out,
 * so the reader knows why and how to change it (the sitemap integration is only added with SITE;
 * without it, it would warn on every build).
 * @param {string | undefined} site
 * @returns {import('astro').AstroIntegration}
 */
export function siteNotice(site) {
	return {
		name: 'site-notice',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (site) return;
				logger.info(
					'SITE is not set, so this build has no sitemap, no feed and no absolute URLs ' +
						'(canonical, og:image). Set SITE=https://your-site.example to include them.',
				);
			},
		},
	};
}

/**
 * Whether a bundler log is the MODULE_LEVEL_DIRECTIVE warning for Astro's `"use astro:head-inject"`
 * in an MDX module. Astro's compiled MDX starts with that directive; rolldown warns that it may
 * not survive bundling, and it does not, which is harmless: Astro finds the modules that inject
 * into <head> by their `?astroPropagatedAssets` id and module metadata, not by the directive
 * (withastro/astro#17095 dropped the same directive from its content module as redundant; the
 * warning itself is withastro/astro#18087). Only this exact warning is filtered.
 * @param {{ code?: string, message?: string, id?: string }} log
 */
export function isHeadInjectDirectiveWarning(log) {
	return (
		log.code === 'MODULE_LEVEL_DIRECTIVE' &&
		/"use astro:head-inject"/.test(log.message ?? '') &&
		/\.mdx\?astroPropagatedAssets\b/.test(`${log.id ?? ''} ${log.message ?? ''}`)
	);
}

/**
 * rolldown's log hook for Vite's build options: drops the warning above, passes on everything else.
 * @type {NonNullable<import('rolldown').InputOptions['onLog']>}
 */
export function quietOnLog(level, log, handler) {
	if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
	handler(level, log);
}
