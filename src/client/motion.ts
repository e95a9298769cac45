/**
 * Whether animations may run, and for how long: the reader's on-page choice (data-motion on
 * <html>, set by the motion toggle) wins; otherwise the system's prefers-reduced-motion setting
 * decides. The length comes from the page's one duration token, `--dur` (global.css).
 */
import { cssTimeMs } from '../lib/css-time';

/** Whether animations may run now. */
export function motionAllowed(): boolean {
	const choice = document.documentElement.dataset.motion;
	if (choice === 'on') return true;
	if (choice === 'off') return false;
	return !matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** The page's animation unit (`--dur`) in ms as it applies to `element`, 0 if motion is off. */
export function motionDuration(element: Element): number {
	if (!motionAllowed()) return 0;
	return cssTimeMs(getComputedStyle(element).getPropertyValue('--dur'));
}

/** The key under which the toggle remembers the reader's choice. */
export const MOTION_STORAGE_KEY = 'motion';
