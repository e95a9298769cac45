/**
 * Accessibility, on every built page: axe-core finds no violation of WCAG 2.2 A/AA or of its
 * best practices, in light and dark, on a phone and a laptop; on a page with scroll steps, at the
 * first, a middle and the last step in turn, since each step changes what the graphic shows.
 * Then the keyboard: Tab reaches every control, and each one shows where the focus is.
 */
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, axe, loadEveryFrame, violations } from './support/axe';
import { firstMiddleLast, goToStep, readerPages } from './support/pages';
import { stepIds } from './support/story';

const SCHEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
	{ width: 375, height: 740 },
	{ width: 1280, height: 800 },
];
// A share page sends the reader on to the story at once: the story's own tests cover what it shows.
for (const built of readerPages()) {
	for (const [schemeIndex, scheme] of SCHEMES.entries()) {
		for (const [viewportIndex, viewport] of VIEWPORTS.entries()) {
			const turn = schemeIndex * VIEWPORTS.length + viewportIndex;
			test(`${built.name}: no axe violations in ${scheme} at ${viewport.width} px`, async ({
				page,
			}) => {
				// Reduced motion: axe must see the settled scene, not a cross-fade half-way through.
				await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
				await page.setViewportSize(viewport);
				await page.goto(`./${built.path}`);
				const steps = firstMiddleLast(await stepIds(page));
				if (steps.length === 0) {
					await loadEveryFrame(page);
					expect(await violations(axe(page).withTags(AXE_TAGS))).toEqual([]);
					return;
				}
				// The first, middle and last step each change what the graphic shows; each scheme and
				// width takes its turn at one of them (a full axe run over the story's whole page is
				// slow), so together they check every one in light and dark, on a phone and a laptop.
				test.slow();
				const step = steps[turn % steps.length]!;
				await goToStep(page, step);
				expect(await violations(axe(page).withTags(AXE_TAGS)), `at step #${step}`).toEqual([]);
			});
		}
	}

	for (const viewport of VIEWPORTS) {
		test(`${built.name}: Tab reaches every control at ${viewport.width} px, each visibly focused`, async ({
			page,
		}) => {
			// Without smooth scrolling the focused control is in view as soon as Tab returns.
			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.setViewportSize(viewport);
			await page.goto(`./${built.path}`);
			// Tab on a lazy frame still loading moves past it: this walk is about the order and
			// the rings, not how fast embeds load (a slow load made CI miss a frame).
			await loadEveryFrame(page);
			const controls = await markControls(page);
			expect(controls.length, 'no focusable control found').toBeGreaterThan(0);

			const reached = new Set<string>();
			const unseen: string[] = [];
			// Generous bound: Tab also walks through the controls inside any iframe on the page.
			for (let press = 0; press < controls.length * 2 + 50; press += 1) {
				await page.keyboard.press('Tab');
				const focus = await describeFocus(page);
				if (!focus) break; // back to the browser's own UI: the page's tab order is done
				// Focus is on a frame with nothing in its page focused yet: the next Tab reaches the
				// frame's first control, which must show its ring.
				if (focus.entering) continue;
				if (reached.has(focus.id)) {
					if (focus.frame) continue; // still inside the iframe's own tab order
					break;
				}
				reached.add(focus.id);
				if (focus.problem) unseen.push(`${focus.label}: ${focus.problem}`);
			}
			const missed = controls.filter((control) => !reached.has(control.id));
			expect(missed.map((control) => control.label)).toEqual([]);
			expect(unseen).toEqual([]);
		});
	}
}

/** Tags every control a keyboard user should reach, and returns their tags and labels. */
function markControls(page: Page) {
	return page.evaluate(() => {
		const selector =
			'a[href], button, input, select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
		const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
			(element) =>
				!element.matches(':disabled') &&
				!element.closest('[inert]') &&
				element.tabIndex >= 0 &&
				element.checkVisibility({ visibilityProperty: true }),
		);
		return controls.map((element, index) => {
			element.dataset.kbd = String(index);
			const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
			return { id: String(index), label: `<${element.localName}> "${text.slice(0, 40)}"` };
		});
	});
}

/**
 * Where the focus is after a Tab, and why it would not be visible: no focus indicator, off
 * screen, or covered by something else. Null when the focus has left the page.
 */
function describeFocus(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return null;
		const id = element.dataset.kbd ?? `unmarked ${element.localName}`;
		const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
		const label = `<${element.localName}> "${text.slice(0, 40)}"`;
		// Inside a frame the focus ring belongs to what is focused in the frame's own page.
		const inner =
			element instanceof HTMLIFrameElement
				? (element.contentDocument?.activeElement as HTMLElement | null | undefined)
				: undefined;
		const shown = inner && inner !== inner.ownerDocument.body ? inner : element;
		const style = shown.ownerDocument.defaultView!.getComputedStyle(shown);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
		const ring = style.boxShadow !== 'none';
		const box = element.getBoundingClientRect();
		const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
		const y = Math.min(Math.max(box.top + box.height / 2, 0), innerHeight - 1);
		const onScreen =
			box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
		const top = document.elementFromPoint(x, y);
		let problem = '';
		if (!outline && !ring) problem = 'no focus outline';
		else if (!onScreen) problem = 'focused off screen';
		else if (top && top !== element && !element.contains(top) && !top.contains(element)) {
			problem = `covered by <${top.localName} class="${top.className}">`;
		}
		const entering = inner !== undefined && shown === element;
		return { id, label, problem, frame: element.localName === 'iframe', entering };
	});
}
