#!/usr/bin/env node
/**
 * `npm run compare-scenes -- --before <dir>`: does the map look the same at rest? Serves two
 * built sites (an older build and dist/), brings every map scene of the story on screen in each,
 * at rest and without motion, at a phone, a laptop and a large screen, and compares the map's
 * pixels. Prints, per scene and size, how many pixels differ and by how much at most (0–255 in
 * any colour channel), and writes the two pictures and a diff (differences in red) to
 * test-results/scene-diff/ for a person to look at. Anti-aliasing moves by a fraction of a pixel
 * show as many pixels differing by little; a moved line or a lost label as a large maximum.
 *
 *   node tools/compare-scenes.mjs --before <dir> [--after dist] [--size 375x740 …]
 *
 * A report, not a test: a change to what the map draws is meant to be looked at (the SVG
 * snapshots in tests/snapshots/ catch it first). Exits 1 only when a scene is missing from one
 * build or its picture has another size. Chromium: the tests' (tests/e2e/support/chromium.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
// The tests' own way to find Chromium and keep it offline, so the pictures come from the same one.
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/support/chromium.ts';
import { startServer } from './serve.mjs';

const { values: options } = parseArgs({
	options: {
		before: { type: 'string' },
		after: { type: 'string', default: 'dist' },
		size: { type: 'string', multiple: true, default: ['375x740', '1280x800', '2560x1440'] },
		out: { type: 'string', default: 'test-results/scene-diff' },
	},
});
if (!options.before) {
	console.error(
		'Usage: node tools/compare-scenes.mjs --before <dir> [--after dist] [--size WxH …]',
	);
	process.exit(2);
}
for (const dir of [options.before, options.after]) {
	if (!existsSync(join(dir, 'index.html'))) {
		console.error(`No built site in ${dir}/`);
		process.exit(2);
	}
}

const sizes = options.size.map((size) => {
	const [width, height] = size.split('x').map(Number);
	if (!(width > 0 && height > 0)) throw new Error(`--size ${size}: expected WIDTHxHEIGHT`);
	return { width, height };
});

const servers = await Promise.all(
	[options.before, options.after].map((dir) => startServer({ dir, port: 0 })),
);
const executablePath = findChromium();
const browser = await chromium.launch({
	args: CHROMIUM_ARGS,
	...(executablePath ? { executablePath } : {}),
});
mkdirSync(options.out, { recursive: true });
let broken = false;
try {
	for (const viewport of sizes) {
		const [before, after] = await Promise.all(servers.map(({ url }) => scenes(url, viewport)));
		for (const [scene, picture] of before) {
			const label = `${viewport.width}×${viewport.height} ${scene}`;
			const other = after.get(scene);
			if (!other) {
				console.log(`${label}: not in ${options.after}`);
				broken = true;
				continue;
			}
			const diff = await compare(picture, other);
			if (!diff) {
				console.log(`${label}: the pictures differ in size`);
				broken = true;
				continue;
			}
			const name = `${viewport.width}-${scene}`;
			writeFileSync(join(options.out, `${name}-before.png`), picture);
			writeFileSync(join(options.out, `${name}-after.png`), other);
			writeFileSync(join(options.out, `${name}-diff.png`), diff.picture);
			const share = ((100 * diff.differing) / diff.pixels).toFixed(2);
			console.log(
				`${label}: ${diff.differing} of ${diff.pixels} pixels differ (${share}%), by at most ${diff.most}`,
			);
		}
		for (const scene of after.keys()) {
			if (!before.has(scene)) console.log(`${viewport.width}: ${scene} is new in ${options.after}`);
		}
	}
} finally {
	await browser.close();
	await Promise.all(servers.map((server) => server.close()));
}
console.log(`Pictures in ${options.out}/`);
process.exit(broken ? 1 : 0);

/** A picture of the map in each scene a step shows, at rest: scene → PNG. */
async function scenes(url, viewport) {
	const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
	const page = await context.newPage();
	await page.goto(url);
	await page.evaluate(() => document.fonts.ready);
	// The step cards scroll over the map on a phone; out of sight, they still move the story on.
	await page.evaluate(() => {
		for (const steps of document.querySelectorAll('.scrolly__steps')) {
			steps.style.setProperty('visibility', 'hidden', 'important');
		}
	});
	const steps = await page
		.locator('[data-step][data-graphic="map"]')
		.evaluateAll((all) => all.map((step) => ({ id: step.id, scene: step.dataset.scene })));
	const pictures = new Map();
	for (const { id, scene } of steps) {
		if (pictures.has(scene)) continue;
		await page.locator(`#${id}`).evaluate((step) => step.scrollIntoView({ behavior: 'instant' }));
		const map = page.locator(`story-map[data-scene="${scene}"]:not([data-transition])`);
		await map.waitFor();
		// Two frames: the map draws a scene's shapes a frame after its base (docs/map.md).
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
		);
		pictures.set(scene, await map.screenshot({ animations: 'disabled' }));
	}
	await context.close();
	return pictures;
}

/** Compares two PNGs in the browser's canvas; undefined when their sizes differ. */
async function compare(a, b) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const result = await page.evaluate(
		async ([first, second]) => {
			const decode = async (base64) => {
				const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
				return createImageBitmap(blob);
			};
			const [x, y] = await Promise.all([decode(first), decode(second)]);
			if (x.width !== y.width || x.height !== y.height) return undefined;
			const canvas = new OffscreenCanvas(x.width, x.height);
			const context = canvas.getContext('2d', { willReadFrequently: true });
			const read = (bitmap) => {
				context.drawImage(bitmap, 0, 0);
				return context.getImageData(0, 0, x.width, x.height);
			};
			const [one, two] = [read(x), read(y)];
			const out = new ImageData(x.width, x.height);
			let differing = 0;
			let most = 0;
			for (let i = 0; i < one.data.length; i += 4) {
				const by = Math.max(
					Math.abs(one.data[i] - two.data[i]),
					Math.abs(one.data[i + 1] - two.data[i + 1]),
					Math.abs(one.data[i + 2] - two.data[i + 2]),
				);
				if (by > most) most = by;
				if (by > 0) differing += 1;
				// Unchanged pixels faded towards white, changed ones red, darker the more they changed.
				const faded = 255 - (255 - one.data[i + 1]) / 4;
				out.data[i] = by > 0 ? 255 - by / 2 : faded;
				out.data[i + 1] = by > 0 ? 0 : faded;
				out.data[i + 2] = by > 0 ? 0 : faded;
				out.data[i + 3] = 255;
			}
			context.putImageData(out, 0, 0);
			const png = await canvas.convertToBlob({ type: 'image/png' });
			const bytes = new Uint8Array(await png.arrayBuffer());
			let binary = '';
			for (const byte of bytes) binary += String.fromCharCode(byte);
			return { differing, most, pixels: x.width * x.height, picture: btoa(binary) };
		},
		[a.toString('base64'), b.toString('base64')],
	);
	await context.close();
	return result && { ...result, picture: Buffer.from(result.picture, 'base64') };
}
