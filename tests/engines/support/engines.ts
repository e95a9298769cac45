import { existsSync } from 'node:fs';

/** The engines this suite drives besides Chromium (which the e2e suite covers). */
export type EngineName = 'firefox' | 'webkit';

/** A file an engine needs, and the Debian package that brings it. */
interface Requirement {
	path: string;
	apt: string;
}

export const FIREFOX_BINARY = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const XVFB = '/usr/bin/Xvfb';

/** What each engine needs on this machine, checked before any test runs. */
export const REQUIREMENTS: Record<EngineName, { label: string; needs: Requirement[] }> = {
	firefox: { label: 'Firefox ESR', needs: [{ path: FIREFOX_BINARY, apt: 'firefox-esr' }] },
	webkit: {
		label: 'WebKitGTK',
		needs: [
			{ path: WEBKIT_DRIVER, apt: 'webkit2gtk-driver' },
			// MiniBrowser comes with libwebkit2gtk-4.1-0, which webkit2gtk-driver depends on.
			{ path: MINIBROWSER, apt: 'webkit2gtk-driver' },
			{ path: XVFB, apt: 'xvfb' },
		],
	},
};

/** Every engine the suite knows. */
export const ALL_ENGINES: readonly EngineName[] = ['firefox', 'webkit'];

/**
 * The engines to test: all of them, or those named in $ENGINES (`firefox`, `webkit`, or both
 * separated by commas). Naming engines is the only way to leave one out: a missing engine that
 * is asked for fails the run.
 */
export function selectedEngines(value = process.env.ENGINES): EngineName[] {
	if (!value?.trim()) return [...ALL_ENGINES];
	const names = value.split(/[\s,]+/).filter(Boolean);
	const unknown = names.filter((name) => !ALL_ENGINES.includes(name as EngineName));
	if (unknown.length > 0) {
		throw new Error(
			`ENGINES names unknown engines: ${unknown.join(', ')} (use ${ALL_ENGINES.join(', ')})`,
		);
	}
	return ALL_ENGINES.filter((name) => names.includes(name));
}

/** Why an engine cannot run here, naming the packages to install; undefined when it can. */
export function missingRequirements(engine: EngineName): string | undefined {
	const { label, needs } = REQUIREMENTS[engine];
	const missing = needs.filter((need) => !existsSync(need.path));
	if (missing.length === 0) return undefined;
	const packages = [...new Set(missing.map((need) => need.apt))].join(' ');
	const others = ALL_ENGINES.filter((name) => name !== engine).join(',');
	return [
		`${label} is not installed: no ${missing.map((need) => need.path).join(', ')}.`,
		`  Install it:  sudo apt-get install -y --no-install-recommends ${packages}`,
		`  or test without it:  ENGINES=${others} npm run test:engines`,
	].join('\n');
}
