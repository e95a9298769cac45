/**
 * The embed loader (/embed.js), for other sites' pages. It turns each
 *   <div data-explainer-embed="map/caspian-launch" data-theme="auto"></div>
 * into a titled, lazy-loading, sandboxed iframe of our embed page, and resizes that iframe when
 * the page inside reports its height. A height is applied only when the message comes from that
 * very iframe's window and from the origin the loader itself was served from.
 *
 * Plain script, no dependencies, built to a small IIFE by src/pages/embed.js.ts.
 */
import { CHART_PATH } from '../lib/embed/charts';
import { readHeight } from '../lib/embed/messages';
import { reservedHeight } from '../lib/embed/reserve';
import { SANDBOX } from '../lib/embed/snippets';

const ATTRIBUTE = 'data-explainer-embed';
const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('.', script?.src ?? location.href);
const frames = new Map<Window, HTMLIFrameElement>();

function mount(host: HTMLElement): void {
	const path = host.getAttribute(ATTRIBUTE) ?? '';
	if (!CHART_PATH.test(path)) {
		console.warn(`Embed: "${path}" is not a chart this loader knows; nothing embedded.`);
		return;
	}
	const src = new URL(`embed/${path}/`, root);
	for (const option of ['theme', 'caption']) {
		const value = host.dataset[option];
		if (value) src.searchParams.set(option, value);
	}
	const frame = document.createElement('iframe');
	frame.src = src.href;
	frame.title = host.dataset.title || 'Embedded chart';
	frame.loading = 'lazy';
	frame.referrerPolicy = 'strict-origin-when-cross-origin';
	// On another site: scripts for the chart, its own origin (so its messages can be checked) and
	// a new tab for the "full story" link; no forms, no top navigation. On our own site the
	// sandbox would protect nothing (same origin can lift it), and Chromium warns about that.
	if (root.origin !== location.origin) frame.setAttribute('sandbox', SANDBOX);
	frame.setAttribute(
		'allow',
		"camera 'none'; microphone 'none'; geolocation 'none'; payment 'none'; usb 'none'",
	);
	frame.style.cssText = 'display:block;width:100%;border:0;';
	// The height the embed page will keep to at this width (its minimum), so the host page
	// does not move when the chart reports in.
	const caption = host.dataset.caption !== '0';
	frame.style.height = `${reservedHeight(path, host.clientWidth || 640, caption)}px`;
	host.setAttribute(ATTRIBUTE + '-ready', '');
	// The iframe takes over the room the embed code's placeholder style held, to the pixel.
	host.style.paddingTop = '0';
	host.replaceChildren(frame);
	if (frame.contentWindow) frames.set(frame.contentWindow, frame);
}

function onMessage(event: MessageEvent): void {
	if (event.origin !== root.origin || !event.source) return;
	const frame = frames.get(event.source as Window);
	const height = frame && readHeight(event.data);
	if (frame && height) frame.style.height = `${height}px`;
}

function scan(): void {
	document.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]:not([${ATTRIBUTE}-ready])`).forEach(mount);
}

const global = window as unknown as { explainerEmbeds?: { scan: () => void } };
if (!global.explainerEmbeds) {
	global.explainerEmbeds = { scan };
	addEventListener('message', onMessage);
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	else scan();
}
