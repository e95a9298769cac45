/**
 * Runs inside an embed page: reports bad options once each, tells the parent page how tall the
 * chart is whenever that changes (in our message format and in pym.js's), and takes a new theme
 * from the parent without reloading.
 *
 * Heights are reported at once, on load, whenever a ResizeObserver sees the page change, and
 * when the loader asks. The observer alone is not enough: browsers stop updating the rendering
 * of a cross-origin frame that is out of view (Chromium throttles it), and observers only run
 * with the rendering; measuring on request forces a layout and works in any state.
 */
import {
	heightMessage,
	isMeasureMessage,
	pymHeightMessage,
	readThemeMessage,
} from '../lib/embed/messages';
import { DEFAULT_OPTIONS, parseEmbedOptions, themeWarning, type Theme } from '../lib/embed/options';

/** A height change this soon after the reader's own input in the embed follows from it. */
const INPUT_WINDOW_MS = 1000;

const query = new URLSearchParams(location.search);
const { warnings } = parseEmbedOptions(location.search);
for (const warning of warnings) console.warn(warning);

/** Pins a theme on the page, or lets it follow the reader's system (`auto`). */
function showTheme(theme: Theme): void {
	const root = document.documentElement;
	if (theme === 'auto') delete root.dataset.theme;
	else root.dataset.theme = theme;
}

if (window.parent !== window) {
	const pymId = query.get('childId');
	let lastInput = -Infinity;
	const noteInput = () => {
		lastInput = performance.now();
	};
	// Hovering counts: the timeline shows an event's summary under the pointer, and its panel
	// grows with it.
	for (const type of ['pointerdown', 'pointerover', 'keydown', 'focusin']) {
		addEventListener(type, noteInput, { capture: true, passive: true });
	}
	let reported = 0;
	const report = (again = false) => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === reported && !again) return;
		reported = height;
		const input = performance.now() - lastInput < INPUT_WINDOW_MS;
		// '*': the host's origin is unknown to us, and a height is nothing secret.
		window.parent.postMessage(heightMessage(height, input), '*');
		if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), '*');
	};
	report();
	addEventListener('load', () => report());
	// The callback only reads the size and posts it: it changes nothing on the page, so it cannot
	// resize what it observes (no "ResizeObserver loop" in any engine). The parent's answer, a new
	// frame height, leaves the body's width and so its height alone.
	new ResizeObserver(() => report()).observe(document.body);

	// The theme asked for, as written: the loader repeats it after every load, which is no change.
	let requested = query.get('theme') ?? DEFAULT_OPTIONS.theme;
	addEventListener('message', (event) => {
		// Only the page that frames us may change our theme, and only to one we know.
		if (event.source !== window.parent) return;
		if (isMeasureMessage(event.data)) return report(true);
		const message = readThemeMessage(event.data);
		if (!message) return;
		const asked = 'invalid' in message ? message.invalid : message.theme;
		if (asked === requested) return;
		requested = asked;
		if ('invalid' in message) {
			console.warn(themeWarning(message.invalid));
			showTheme('auto');
		} else showTheme(message.theme);
	});
}
