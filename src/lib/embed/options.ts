/** How an embedded chart picks its colours: fixed, or following the host's colour scheme. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Options an embed page reads from its query string. */
export interface EmbedOptions {
	/** light, dark, or auto (follow the reader's system setting). Default auto. */
	theme: Theme;
	/** Show the title, description and sources around the chart. Default true. */
	caption: boolean;
}

export const DEFAULT_OPTIONS: EmbedOptions = { theme: 'auto', caption: true };

/** Parameters that hosts add on their own (pym.js, analytics); accepted and ignored. */
const PASSED_THROUGH = /^(initialWidth|childId|parentTitle|parentUrl|utm_\w+)$/;

/**
 * Reads embed options from a query string. Anything unknown or malformed falls back to its
 * default, with one warning per offending parameter, so a typo never breaks the chart.
 *
 * A parameter given more than once counts by its first value, as `URLSearchParams.get` reads
 * it; so does the inline script in src/layouts/Embed.astro that applies theme and caption
 * before the first paint, and the two never disagree. The values after the first are ignored
 * with one warning.
 */
export function parseEmbedOptions(search: string): {
	options: EmbedOptions;
	warnings: string[];
} {
	const options = { ...DEFAULT_OPTIONS };
	const warnings: string[] = [];
	const query = new URLSearchParams(search);
	for (const name of new Set(query.keys())) {
		const [value = '', ...ignored] = query.getAll(name);
		if (name === 'theme') {
			const theme = readTheme(value);
			if (theme) options.theme = theme;
			else warnings.push(themeWarning(value));
		} else if (name === 'caption') {
			if (value === '0' || value === '1') options.caption = value === '1';
			else warnings.push(invalid(name, value, '0, 1', DEFAULT_OPTIONS.caption ? '1' : '0'));
		} else if (!PASSED_THROUGH.test(name)) {
			warnings.push(`Embed: unknown option "${name}" ignored (options: theme, caption).`);
			continue;
		}
		if (ignored.length > 0 && !PASSED_THROUGH.test(name)) {
			const rest = ignored.map((extra) => `"${extra}"`).join(', ');
			warnings.push(`Embed: ${name} is given more than once; the first counts, ${rest} ignored.`);
		}
	}
	return { options, warnings };
}

/** A theme name, or undefined for anything else. */
export function readTheme(value: unknown): Theme | undefined {
	return (THEMES as readonly unknown[]).includes(value) ? (value as Theme) : undefined;
}

/** The warning for a theme that is none of THEMES. */
export function themeWarning(value: string): string {
	return invalid('theme', value, THEMES.join(', '), DEFAULT_OPTIONS.theme);
}

function invalid(name: string, value: string, allowed: string, fallback: string): string {
	return `Embed: ${name}="${value}" is not one of ${allowed}; using ${name}=${fallback}.`;
}
