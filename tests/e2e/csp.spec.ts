/**
 * The security policy: every page carries a Content-Security-Policy that allows only the site's
 * own scripts (by file or by hash), styles, images and frames, and runs under it, with the
 * `_headers` policy on top, without a single violation or a request to another origin.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
	builtPages,
	isRedirect,
	visitEveryStep,
	withoutRefresh,
	type BuiltPage,
} from './support/pages';
import { headersFor, parseCsp, parseHeadersFile } from './support/headers';

const HEADERS = parseHeadersFile(
	readFileSync(resolve(import.meta.dirname, '../../public/_headers'), 'utf8'),
);

declare global {
	interface Window {
		cspViolations: string[];
	}
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page) {
	await page.addInitScript(() => {
		window.cspViolations = [];
		document.addEventListener('securitypolicyviolation', (event) => {
			window.cspViolations.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
			);
		});
	});
}

/**
 * Opens a page and uses it the way a reader does: scrolls through every step and presses every
 * button. A share page sends the reader on to the story at once, so there the test follows it to
 * its step; the story's own run covers the rest.
 */
async function openAndUse(page: Page, built: BuiltPage) {
	await page.goto(`./${built.path}`);
	if (isRedirect(built)) {
		await page.waitForURL(/#./);
		await page.waitForLoadState('networkidle');
		return;
	}
	// Every step and every button: on the story, slow on a busy machine.
	test.slow();
	await visitEveryStep(page);
	// A control that says it is unavailable (the first step's "previous") is not one to press.
	const buttons = page.locator('button:visible:not([disabled], [aria-disabled="true"])');
	for (const button of await buttons.all()) await button.click();
	await page.waitForLoadState('networkidle');
}

/** The page's CSP meta tags and the inline code and attributes a policy has to allow. */
function readPolicy(page: Page) {
	return page.evaluate(() => {
		const metas = [
			...document.querySelectorAll<HTMLMetaElement>('meta[http-equiv="content-security-policy" i]'),
		];
		const inlineScripts = [...document.querySelectorAll('script:not([src])')]
			.filter(
				(script) => !/json|importmap|speculationrules/.test(script.getAttribute('type') ?? ''),
			)
			.map((script) => script.textContent ?? '');
		const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
			[...element.attributes]
				.filter((attribute) => /^on/i.test(attribute.name))
				.map((attribute) => `<${element.localName} ${attribute.name}>`),
		);
		const styled = [...document.querySelectorAll('[style]')].map(
			(element) => `<${element.localName} style="${element.getAttribute('style')}">`,
		);
		return {
			policies: metas.map((meta) => meta.content),
			inHead: metas.every((meta) => meta.closest('head')),
			inlineScripts,
			handlers,
			styled,
		};
	});
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

// The share pages are one template that refreshes to the story at once: each one's policy is
// read, and one of them is followed under it (the story's own run covers where it leads).
const followedSharePage = builtPages().find(isRedirect)?.path;

for (const built of builtPages()) {
	test.describe(built.name, () => {
		test('carries one CSP meta tag that allows only its own code', async ({ browser }) => {
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await withoutRefresh(page);
			await page.goto(`./${built.path}`);
			const found = await readPolicy(page);
			await context.close();

			expect(found.policies).toHaveLength(1);
			expect(found.inHead).toBe(true);
			const csp = parseCsp(found.policies[0]!);
			expect(csp['default-src']).toEqual(["'self'"]);
			expect(csp['object-src']).toEqual(["'none'"]);
			expect(csp['base-uri']).toEqual(["'self'"]);
			for (const directive of ['script-src', 'style-src']) {
				const sources = csp[directive] ?? [];
				expect(sources[0], directive).toBe("'self'");
				// Only the site itself and hashes of its own inline code: no host, scheme or keyword.
				expect(
					sources.slice(1).filter((source) => !/^'sha(256|384|512)-/.test(source)),
					directive,
				).toEqual([]);
			}
			for (const script of found.inlineScripts) {
				expect(csp['script-src'], `inline script not hashed: ${script.slice(0, 80)}`).toContain(
					sha256(script),
				);
			}
			// Neither can run or apply under the policy: write an event listener or a class instead.
			expect(found.handlers, 'inline event handler attributes').toEqual([]);
			expect(found.styled, 'style attributes in the markup').toEqual([]);

			// The _headers policy repeats each of its directives exactly, so the two cannot drift apart.
			const { headers, repeated } = headersFor(HEADERS, `/${built.path}`);
			expect(repeated, 'headers set by two rules').toEqual([]);
			const header = parseCsp(headers['content-security-policy'] ?? '');
			expect(Object.keys(header).length).toBeGreaterThan(3);
			for (const [directive, sources] of Object.entries(header)) {
				expect(csp[directive], `_headers ${directive} differs from the meta tag`).toEqual(sources);
			}
		});

		// One run under both policies, the meta tag's and _headers' on top, as a host that reads
		// _headers serves it: a page that keeps to both keeps to the meta tag alone, which is
		// stricter than neither, so a second run without _headers would find nothing more.
		const runs = !isRedirect(built) || built.path === followedSharePage;
		if (runs)
			test('runs with no CSP violation and no request to another origin, with _headers too', async ({
				page,
				baseURL,
			}) => {
				await recordViolations(page);
				const requests: string[] = [];
				const sent: Record<string, string>[] = [];
				page.on('request', (request) => requests.push(request.url()));
				await page.route('**/*', async (route) => {
					const url = new URL(route.request().url());
					if (url.origin !== new URL(baseURL!).origin) return route.continue();
					const response = await route.fetch();
					const { headers } = headersFor(HEADERS, url.pathname);
					sent.push(headers);
					// The body arrives decoded; drop the encoding headers that described the wire copy.
					const { 'content-encoding': _, 'content-length': __, ...rest } = response.headers();
					await route.fulfill({ response, headers: { ...rest, ...headers } });
				});
				await openAndUse(page, built);

				const origin = new URL(baseURL!).origin;
				expect(requests.length).toBeGreaterThan(0);
				expect(
					requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin),
				).toEqual([]);
				expect(sent[0]?.['content-security-policy']).toBeTruthy();
				expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
			});
	});
}

test('the policy works: injected inline code and eval are blocked and reported', async ({
	page,
}) => {
	await recordViolations(page);
	// A same-origin script is allowed; the eval inside it is not. (Code the test runner evaluates
	// itself is exempt from CSP, so eval has to be tried from a script of the page's own.)
	await page.route('**/__eval-probe.js', (route) =>
		route.fulfill({
			contentType: 'text/javascript',
			body: 'try { window.probe = eval("\'eval ran\'"); } catch (error) { window.probe = error.name; }',
		}),
	);
	await page.goto('./');
	await page.addScriptTag({ content: 'window.injected = true;' }).catch(() => undefined);
	await page.addScriptTag({ url: './__eval-probe.js' });

	expect(await page.evaluate(() => 'injected' in window)).toBe(false);
	expect(await page.evaluate(() => (window as unknown as { probe: string }).probe)).toBe(
		'EvalError',
	);
	await expect
		.poll(() =>
			page.evaluate(() => window.cspViolations.map((violation) => violation.split(' ')[0])),
		)
		.toEqual(['script-src-elem', 'script-src']);
});
