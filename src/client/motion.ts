/**
 * Whether animations may run: the reader's on-page choice (data-motion on <html>, set by the
 * motion toggle) wins; otherwise the system's prefers-reduced-motion setting decides.
 */
export function motionAllowed(): boolean {
	const choice = document.documentElement.dataset.motion;
	if (choice === 'on') return true;
	if (choice === 'off') return false;
	return !matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The key under which the toggle remembers the reader's choice. */
export const MOTION_STORAGE_KEY = 'motion';
