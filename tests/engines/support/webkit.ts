import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { writeFile } from 'node:fs/promises';
import { Builder, Key as SeleniumKey, type WebDriver } from 'selenium-webdriver';
import type { Engine, EnginePage, Key } from './driver';
import { MINIBROWSER, WEBKIT_DRIVER } from './engines';

const KEYS: Record<Key, string> = {
	End: SeleniumKey.END,
	Home: SeleniumKey.HOME,
	PageDown: SeleniumKey.PAGE_DOWN,
	PageUp: SeleniumKey.PAGE_UP,
};

/** A free TCP port on the loopback interface, for WebKitWebDriver (which needs a number). */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

/** Starts WebKitWebDriver on a free port and waits until it answers. */
async function startDriver(display: string) {
	const port = await freePort();
	const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, DISPLAY: display },
	});
	let stderr = '';
	driver.stderr!.on('data', (chunk) => (stderr += chunk));
	const url = `http://127.0.0.1:${port}`;
	const exited = new Promise<never>((_, reject) =>
		driver.once('exit', (code) =>
			reject(new Error(`WebKitWebDriver exited (${code}):\n${stderr}`)),
		),
	);
	const ready = (async () => {
		for (;;) {
			const status = await fetch(`${url}/status`).catch(() => undefined);
			if (status?.ok) return;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	})();
	await Promise.race([ready, exited]);
	return { url, stop: () => driver.kill() };
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver and selenium-webdriver (classic WebDriver:
 * this build has no BiDi), in an X server of the caller's. `--full-screen` makes the window's
 * size the viewport's, to the pixel. Without JavaScript is a MiniBrowser setting, so it is a
 * session of its own. The probe cannot be injected over classic WebDriver: the pages come with
 * it (see site.ts).
 */
export async function launchWebKit(display: string, { javascript = true } = {}): Promise<Engine> {
	const server = await startDriver(display);
	const args = ['--automation', '--full-screen'];
	if (!javascript) args.push('--enable-javascript=false');
	let driver: WebDriver;
	try {
		driver = await new Builder()
			.usingServer(server.url)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
			})
			.build();
	} catch (error) {
		server.stop();
		throw error;
	}
	const version = (await driver.getCapabilities()).get('browserVersion') as string;
	return {
		name: 'webkit',
		version: `WebKitGTK ${version} (MiniBrowser, selenium-webdriver, classic WebDriver)`,
		newPage: async (size) => {
			// One window per session: a "new tab" is the same window, emptied and resized.
			await driver.get('about:blank');
			const page = adapt(driver);
			await page.setViewport(size);
			return page;
		},
		close: async () => {
			await driver.quit().catch(() => {});
			server.stop();
		},
	};
}

function adapt(driver: WebDriver): EnginePage {
	const page: EnginePage = {
		engine: 'webkit',
		goto: async (url) => {
			await driver.get(url);
		},
		evaluate: (fn, ...args) => driver.executeScript(fn, ...args) as never,
		evaluateInFrames: async (selector, fn) => {
			const results = [];
			for (const frame of await driver.findElements({ css: selector })) {
				await driver.switchTo().frame(frame);
				try {
					results.push(await driver.executeScript(fn));
				} finally {
					await driver.switchTo().defaultContent();
				}
			}
			return results as never;
		},
		press: async (key) => {
			await driver.actions().sendKeys(KEYS[key]).perform();
		},
		setViewport: async ({ width, height }) => {
			// The window resizes asynchronously: ask again until the page has the size.
			let inner: number[] = [];
			for (let attempt = 0; attempt < 50; attempt += 1) {
				if (attempt % 10 === 0) await driver.manage().window().setRect({ width, height });
				inner = await driver.executeScript<number[]>(() => [innerWidth, innerHeight]);
				if (inner[0] === width && inner[1] === height) return;
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			throw new Error(`webkit: asked for a ${width}×${height} viewport, got ${inner.join('×')}`);
		},
		screenshot: async (file) => {
			await writeFile(file, await driver.takeScreenshot(), 'base64');
		},
		close: async () => {},
	};
	return page;
}
