import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium from calling home on a machine without internet. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/**
 * The Chromium to test in: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else the one
 * `npx playwright install chromium` downloads. Returns undefined for Playwright's own (its
 * default), and throws with both install routes named when there is none at all.
 */
export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	if (existsSync(chromium.executablePath())) return undefined;
	throw new Error(
		[
			'No Chromium found for the browser tests. Install one of:',
			'  sudo apt-get install -y chromium      (Debian/Ubuntu: /usr/bin/chromium)',
			"  npx playwright install chromium       (Playwright's own build)",
			'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
		].join('\n'),
	);
}
