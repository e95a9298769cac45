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
 */
export function parseEmbedOptions(search: string): {
	options: EmbedOptions;
	warnings: string[];
} {
	const options = { ...DEFAULT_OPTIONS };
	const warnings: string[] = [];
	for (const [name, value] of new URLSearchParams(search)) {
		if (name === 'theme') {
			if ((THEMES as readonly string[]).includes(value)) options.theme = value as Theme;
			else warnings.push(invalid(name, value, THEMES.join(', '), DEFAULT_OPTIONS.theme));
		} else if (name === 'caption') {
			if (value === '0' || value === '1') options.caption = value === '1';
			else warnings.push(invalid(name, value, '0, 1', DEFAULT_OPTIONS.caption ? '1' : '0'));
		} else if (!PASSED_THROUGH.test(name)) {
			warnings.push(`Embed: unknown option "${name}" ignored (options: theme, caption).`);
		}
	}
	return { options, warnings };
}

function invalid(name: string, value: string, allowed: string, fallback: string): string {
	return `Embed: ${name}="${value}" is not one of ${allowed}; using ${name}=${fallback}.`;
}
