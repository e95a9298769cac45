/**
 * The end of a scroll, in every engine. WebKit has no `scrollend` event, and a jump (Home, End,
 * a tap on Safari's status bar, a link) can cross the scroller's trigger line without any step
 * intersecting it in any frame, so no IntersectionObserver fires either: there, a scroll counts
 * as ended once no scroll event has come for SCROLL_QUIET_MS.
 */

/** How long the page must be still before a scroll counts as ended, without `scrollend`. */
export const SCROLL_QUIET_MS = 100;

/** Calls `callback` whenever a scroll of the window ends; returns a function that stops it. */
export function onScrollEnd(callback: () => void): () => void {
	if ('onscrollend' in window) {
		addEventListener('scrollend', callback);
		return () => removeEventListener('scrollend', callback);
	}
	let timer: ReturnType<typeof setTimeout> | undefined;
	const onScroll = () => {
		clearTimeout(timer);
		timer = setTimeout(callback, SCROLL_QUIET_MS);
	};
	addEventListener('scroll', onScroll, { passive: true });
	return () => {
		clearTimeout(timer);
		removeEventListener('scroll', onScroll);
	};
}
