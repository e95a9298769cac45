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
	return !reducedMotion().matches;
}

/**
 * The page's animation unit (`--dur`) in ms as it applies to `element`, 0 if motion is off.
 * Read once per motion setting: reading a computed style at a scene change would make the
 * browser restyle the page ahead of the frame that does it anyway.
 */
export function motionDuration(element: Element): number {
	if (!motionAllowed()) return 0;
	const key = `${document.documentElement.dataset.motion ?? ''} ${reducedMotion().matches}`;
	if (unit?.key !== key) {
		unit = { key, ms: cssTimeMs(getComputedStyle(element).getPropertyValue('--dur')) };
	}
	return unit.ms;
}

let unit: { key: string; ms: number } | undefined;
let query: MediaQueryList | undefined;
const reducedMotion = () => (query ??= matchMedia('(prefers-reduced-motion: reduce)'));

/** The key under which the toggle remembers the reader's choice. */
export const MOTION_STORAGE_KEY = 'motion';
