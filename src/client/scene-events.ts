/**
 * The contract between the scroller and the graphics: `scrolly-story` dispatches a bubbling
 * `scene-change` event whenever the active step changes, and keeps the latest one so that a
 * graphic whose script runs later still starts on the right scene.
 */

/** What a graphic needs to know about the step that just became active. */
export interface SceneChangeDetail {
	/** Position of the step among all steps, 0 first. */
	index: number;
	/** The step's id, also its URL hash. */
	step: string;
	/** The anchor of the section the step belongs to. */
	section: string;
	/** The scene to show. */
	scene: string;
	/** Which chart kind shows that scene (src/charts/registry.ts). */
	graphic: string;
	/** What readers call that kind: "Map", "Timeline". */
	label: string;
	/** The scene's title and this step's description of it. */
	title: string;
	alt: string;
	/** Timeline events the step is about. */
	events: string[];
	/** Which way the reader moved; 'none' for the first scene. */
	direction: 'forward' | 'backward' | 'none';
	/** True when the change must not animate: the first scene, a deep link, a resize. */
	instant: boolean;
}

export type SceneChangeEvent = CustomEvent<SceneChangeDetail>;

declare global {
	interface DocumentEventMap {
		'scene-change': SceneChangeEvent;
	}
}

let latest: SceneChangeDetail | undefined;

/** Announces a new active step to every listener. */
export function emitSceneChange(target: EventTarget, detail: SceneChangeDetail): void {
	latest = detail;
	target.dispatchEvent(new CustomEvent('scene-change', { detail, bubbles: true }));
}

/**
 * Calls `listener` with the current scene at once (if the scroller has started) and on every
 * change after. Returns a function that stops listening.
 */
export function onSceneChange(listener: (detail: SceneChangeDetail) => void): () => void {
	const handle = (event: SceneChangeEvent) => listener(event.detail);
	document.addEventListener('scene-change', handle);
	if (latest) listener({ ...latest, instant: true });
	return () => document.removeEventListener('scene-change', handle);
}
