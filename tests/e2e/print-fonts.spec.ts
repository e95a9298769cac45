/**
 * The printed story on other paper and with other fonts. Which fonts a machine has changes how
 * long every line of text is, so the PDF is checked with each font family the browsers'
 * packages bring on its own (DejaVu, from fontconfig; Liberation, recommended by chromium), as
 * well as with all of them; and on A4 landscape and Letter besides the A4 of print.spec.ts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';
import {
	A4,
	A4_LANDSCAPE,
	LETTER,
	layOutForPrint,
	printProblems,
	type Paper,
} from './support/print';

/** A fontconfig setup that sees only the fonts in `dirs` (the system's rules still apply). */
function fontconfigFor(name: string, dirs: string[]): string {
	const dir = join(tmpdir(), `print-fonts-${name}`);
	mkdirSync(dir, { recursive: true });
	const file = join(dir, 'fonts.conf');
	writeFileSync(
		file,
		[
			'<?xml version="1.0"?>',
			'<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
			'<fontconfig>',
			...dirs.map((fontDir) => `\t<dir>${fontDir}</dir>`),
			`\t<cachedir>${join(dir, 'cache')}</cachedir>`,
			'\t<include ignore_missing="yes">/etc/fonts/conf.d</include>',
			'</fontconfig>',
		].join('\n'),
	);
	return file;
}

const FAMILIES = [
	{ name: 'DejaVu only', dir: '/usr/share/fonts/truetype/dejavu' },
	{ name: 'Liberation only', dir: '/usr/share/fonts/truetype/liberation' },
];

/** Font setups and the papers to print on with each (every pairing would double the time). */
const CASES: { fonts: string; fontconfig?: string; papers: Paper[] }[] = [
	{ fonts: 'all fonts', papers: [A4_LANDSCAPE, LETTER] },
	...FAMILIES.filter((family) => existsSync(family.dir)).map((family) => ({
		fonts: family.name,
		fontconfig: fontconfigFor(family.name.split(' ')[0]!.toLowerCase(), [family.dir]),
		papers: [A4],
	})),
];

const executablePath = findChromium();

for (const { fonts, fontconfig, papers } of CASES) {
	for (const paper of papers) {
		test(`printed with ${fonts} on ${paper.name}: no blank page, every chart on one page`, async ({
			baseURL,
		}) => {
			// A browser of its own: fontconfig is read once, when the browser starts.
			const browser = await chromium.launch({
				args: CHROMIUM_ARGS,
				...(executablePath ? { executablePath } : {}),
				env: { ...process.env, ...(fontconfig ? { FONTCONFIG_FILE: fontconfig } : {}) },
			});
			try {
				const page = await browser.newPage(baseURL ? { baseURL } : {});
				await layOutForPrint(page, paper);
				expect(await printProblems(page, paper)).toEqual([]);
			} finally {
				await browser.close();
			}
		});
	}
}

test('the font families to print with are installed', () => {
	// Without them the tests above would print with whatever is there and prove less.
	expect(CASES.length, 'DejaVu and Liberation fonts (fonts-dejavu-core, fonts-liberation)').toBe(3);
});
