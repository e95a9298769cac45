/**
 * The embed loader (/embed.js), for other sites' pages. It turns each
 *   <div data-explainer-embed="map/caspian-launch" data-theme="auto"></div>
 * into a titled, lazy-loading, sandboxed iframe of our embed page, now or whenever such an
 * element is added later, and then:
 *   - gives the iframe the height its page reports, but only from that very iframe's window and
 *     from the origin the charts are served from, and only when the change moves nothing the
 *     reader can see (see `offer`);
 *   - passes a change of the element's data-theme on to the embed, which switches without
 *     reloading.
 *
 * Plain script, no dependencies, built to a small IIFE by src/pages/embed.js.ts, which also
 * fills in __EXPLAINER_EMBEDS__: the published charts and the site's root URL.
 */
import { measureMessage, readHeightReport, themeMessage } from '../lib/embed/messages';
import { provisionalHeight } from '../lib/embed/reserve';
import { SANDBOX } from '../lib/embed/snippets';

declare const __EXPLAINER_EMBEDS__: {
	/** Absolute URL of the site's root (SITE and BASE_PATH), or '' when the build did not know it. */
	root: string;
	/** Every chart the build published, as `data-explainer-embed` names it. */
	charts: string[];
};

/** One mounted chart. */
interface Embed {
	host: HTMLElement;
	frame: HTMLIFrameElement;
	/** The frame's width when its height was last set: a new width means the host reflowed. */
	width: number;
	/** The frame's width when its page was last asked for its height. */
	asked: number;
	/** A reported height not applied yet, because applying it would move what the reader sees. */
	pending?: number | undefined;
}

const ATTRIBUTE = 'data-explainer-embed';
const READY = `${ATTRIBUTE}-ready`;
const SELECTOR = `[${ATTRIBUTE}]:not([${READY}])`;
const { root: builtRoot, charts } = __EXPLAINER_EMBEDS__;
const embeds: Embed[] = [];
const warned = new Set<string>();
/** Where the charts live; set once, before anything is mounted. */
let root: URL;

/**
 * Where the charts live: beside this script when it was loaded by URL, else (pasted inline, as
 * tag managers and some CMSes do, so it has no src) the site the build was made for.
 */
function findRoot(): URL | undefined {
	const src = (document.currentScript as HTMLScriptElement | null)?.src || builtRoot;
	return src ? new URL('.', src) : undefined;
}

function mount(host: HTMLElement): void {
	host.setAttribute(READY, '');
	const path = host.getAttribute(ATTRIBUTE) ?? '';
	if (!charts.includes(path)) {
		if (!warned.has(path)) {
			warned.add(path);
			console.warn(
				`Embed: "${path}" is not a published chart; nothing embedded. Charts: ${charts.join(', ')}.`,
			);
		}
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
	// Room the element already holds (an embed code from before the frames sized themselves, or
	// the host page's own CSS) becomes the frame's first height, so adding it moves nothing; the
	// loader then takes the element's height over. Without any, a first guess.
	const held = Math.round(host.getBoundingClientRect().height);
	host.style.paddingBlock = '0';
	host.style.minHeight = '0';
	const guess = provisionalHeight(host.clientWidth, host.dataset.caption !== '0');
	frame.style.height = `${held || guess}px`;
	// Every new document in the frame (it reloads when its element moves) gets the current theme,
	// and is asked for its height once it has all it needs.
	frame.addEventListener('load', () => {
		sendTheme(embed);
		send(embed, measureMessage());
	});
	host.replaceChildren(frame);
	const embed: Embed = { host, frame, width: frame.clientWidth, asked: frame.clientWidth };
	embeds.push(embed);
	observer.observe(host, { attributes: true, attributeFilter: ['data-theme'] });
	widths.observe(frame);
}

function send({ frame }: Embed, message: object): void {
	frame.contentWindow?.postMessage(message, root.origin);
}

/** Tells the embed the theme its element asks for now. */
function sendTheme(embed: Embed): void {
	send(embed, themeMessage(embed.host.dataset.theme || 'auto'));
}

/**
 * A frame that changed width asks its page for the new height: out of view, that page's own
 * observer may not run. The callback posts a message and changes nothing.
 */
const widths = new ResizeObserver((entries) => {
	for (const { target } of entries) {
		const embed = embeds.find((candidate) => candidate.frame === target);
		if (!embed || embed.frame.clientWidth === embed.asked) continue;
		embed.asked = embed.frame.clientWidth;
		send(embed, measureMessage());
	}
});

/**
 * Would setting the frame to `height` move anything the reader can see? Not if the frame ends
 * below the viewport before and after (what follows it is out of sight), nor if it ends above
 * the viewport (`apply` then keeps the page still).
 */
function unseen(frame: HTMLIFrameElement, height: number): boolean {
	const { top, bottom } = frame.getBoundingClientRect();
	return bottom <= 0 || Math.min(bottom, top + height) >= innerHeight;
}

/** Takes a reported height: at once where no one sees the change, else when no one would. */
function offer(embed: Embed, height: number, input: boolean): void {
	embed.pending = height;
	// The reader's own action in the embed, or a new width (the host page is reflowing anyway:
	// a phone turned, a column resized) cannot wait.
	if (input || embed.frame.clientWidth !== embed.width || unseen(embed.frame, height)) {
		apply(embed);
	} else watch(true);
}

function apply(embed: Embed): void {
	const { frame, pending } = embed;
	embed.pending = undefined;
	if (!pending) return;
	const before = frame.getBoundingClientRect().bottom;
	frame.style.height = `${pending}px`;
	embed.width = frame.clientWidth;
	// Above the viewport, the page below the frame must stay where the reader sees it. Engines
	// with scroll anchoring do that themselves; elsewhere scroll by the difference.
	if (before <= 0) {
		scrollBy({ top: frame.getBoundingClientRect().bottom - before, behavior: 'instant' });
	}
}

let frameRequested = 0;
function check(): void {
	frameRequested ||= requestAnimationFrame(() => {
		frameRequested = 0;
		for (const embed of embeds) {
			if (embed.pending && unseen(embed.frame, embed.pending)) apply(embed);
		}
		if (!embeds.some((embed) => embed.pending)) watch(false);
	});
}

/** Listens to scrolling (of the page or any element in it) only while a height waits. */
function watch(on: boolean): void {
	const method = on ? addEventListener : removeEventListener;
	method('scroll', check, { capture: true, passive: true } as AddEventListenerOptions);
	method('resize', check);
}

function onMessage(event: MessageEvent): void {
	if (event.origin !== root.origin || !event.source) return;
	const embed = embeds.find((candidate) => candidate.frame.contentWindow === event.source);
	const report = embed && readHeightReport(event.data);
	if (embed && report) offer(embed, report.height, report.input);
}

/** Mounts new embed elements; passes theme changes of mounted ones on. */
const observer = new MutationObserver((records) => {
	for (const record of records) {
		if (record.type === 'attributes') {
			const embed = embeds.find((candidate) => candidate.host === record.target);
			if (embed) sendTheme(embed);
			continue;
		}
		for (const node of record.addedNodes) {
			if (!(node instanceof HTMLElement)) continue;
			if (node.matches(SELECTOR)) mount(node);
			node.querySelectorAll<HTMLElement>(SELECTOR).forEach(mount);
		}
	}
});
function scan(): void {
	document.querySelectorAll<HTMLElement>(SELECTOR).forEach(mount);
}

const global = window as unknown as { explainerEmbeds?: { scan: () => void } };
const found = findRoot();
// Pasted twice, the first copy does the work.
if (!global.explainerEmbeds) {
	if (found) {
		root = found;
		global.explainerEmbeds = { scan };
		addEventListener('message', onMessage);
		// Only additions are looked at, one element at a time: nothing runs while the page is still.
		observer.observe(document.documentElement, { childList: true, subtree: true });
		scan();
	} else console.warn('Embed: the loader cannot tell where the charts are; load it by its URL.');
}
