import { probe, waitFor, type EnginePage } from './driver';

/** A step as the built page declares it. */
export interface StepInfo {
	id: string;
	scene: string;
	graphic: string;
	events: string[];
}

/** What the page shows: the active step, the hash, and the sticky graphic's state. */
export interface Shown {
	active: string | null;
	hash: string;
	graphic: string | null;
	mapScene: string | null;
	/** Highlighted timeline events, and the step events the timeline holds (what it should highlight). */
	events: string[];
	scrollY: number;
	maxScrollY: number;
}

/** The story's steps, read from the page's `[data-step]` elements, in document order. */
export const readSteps = (page: EnginePage) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-step]')].map((step) => ({
			id: step.id,
			scene: step.dataset.scene ?? '',
			graphic: step.dataset.graphic ?? '',
			events: (step.dataset.events ?? '').split(' ').filter(Boolean),
		})),
	);

/** Reads what the page shows now. */
export const readShown = (page: EnginePage): Promise<Shown> => page.evaluate(shownInPage);

// Runs in the page; kept apart so waitFor can run the same function.
function shownInPage(): Shown {
	const timeline = document.querySelector('story-timeline[data-variant="sticky"]');
	const marks = [...(timeline?.querySelectorAll<SVGElement>('[data-event]') ?? [])];
	return {
		active: document.querySelector('[data-step][aria-current="step"]')?.id ?? null,
		hash: location.hash,
		graphic: document.querySelector<HTMLElement>('.scrolly__graphic')?.dataset.graphic ?? null,
		mapScene: document.querySelector<HTMLElement>('story-map')?.dataset.scene ?? null,
		events: marks
			.filter((mark) => mark.hasAttribute('data-active'))
			.map((mark) => mark.dataset.event!),
		scrollY: Math.round(scrollY),
		maxScrollY: document.documentElement.scrollHeight - innerHeight,
	};
}

/**
 * Runs in the page: whether it shows `step` in full (it is the active step and the graphic
 * shows its scene: the map's, or on the timeline the step's events, those it holds), has come to
 * rest where asked ('top' or 'bottom'; '' for anywhere) and, if `settled`, the map has finished
 * moving.
 */
function showsStep(step: StepInfo, at: string, settled: boolean): boolean {
	const max = document.documentElement.scrollHeight - innerHeight;
	// Within a pixel: WebKit's smooth scroll to the top can come to rest at 1.
	if (at === 'top' && scrollY > 1) return false;
	if (at === 'bottom' && scrollY < max - 1) return false;
	if (document.querySelector('[data-step][aria-current="step"]')?.id !== step.id) return false;
	const graphic = document.querySelector<HTMLElement>('.scrolly__graphic')?.dataset.graphic;
	if (graphic !== step.graphic) return false;
	if (step.graphic === 'map') {
		const map = document.querySelector<HTMLElement>('story-map');
		if (map?.dataset.scene !== step.scene) return false;
	}
	// Settled: the map's zoom and every CSS transition (the layers' cross-fade) have ended.
	if (settled && document.querySelector('story-map[data-transition="running"]')) return false;
	if (settled && document.getAnimations().some((animation) => animation.playState === 'running')) {
		return false;
	}
	// The timeline's highlights count only while it is shown: out of sight it may wait to
	// catch up until it comes into sight, and no reader sees the difference.
	if (step.graphic !== 'timeline') return true;
	const timeline = document.querySelector('story-timeline[data-variant="sticky"]');
	const marks = [...(timeline?.querySelectorAll<SVGElement>('[data-event]') ?? [])];
	const held = marks.map((mark) => mark.dataset.event!).filter((id) => step.events.includes(id));
	const active = marks
		.filter((mark) => mark.hasAttribute('data-active'))
		.map((mark) => mark.dataset.event!);
	return held.length === active.length && held.every((id) => active.includes(id));
}

/** Where and how still the page must be for expectShowing. */
export interface ShowingOptions {
	/** Come to rest at the top or the bottom of the page. */
	at?: 'top' | 'bottom';
	/** The map's transition has ended too (for a picture). */
	settled?: boolean;
	timeout?: number;
}

/**
 * Waits until the page shows `step` in full, and, with `at`, has also come to rest at the top
 * or bottom of the page, so a step that is right only on the way there does not count.
 */
export async function expectShowing(
	page: EnginePage,
	step: StepInfo,
	{ at, settled = false, timeout = 10_000 }: ShowingOptions = {},
): Promise<void> {
	const label = `step ${step.id} (${step.graphic} ${step.scene})${at ? ` at the ${at}` : ''}`;
	try {
		await waitFor(page, label, showsStep, [step, at ?? '', settled], { timeout });
	} catch (error) {
		const shown = await readShown(page);
		throw new Error(`${(error as Error).message}\n  the page shows: ${JSON.stringify(shown)}`);
	}
}

/**
 * Runs in the page: the step whose top edge is at or above the trigger line, measured apart
 * from the page's own code (the first step when none is).
 */
export function stepAtTrigger(): string | undefined {
	const offset = Number(document.querySelector<HTMLElement>('scrolly-story')?.dataset.offset);
	const line = innerHeight * offset;
	const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
	const crossed = steps.filter((step) => step.getBoundingClientRect().top <= line);
	return (crossed.at(-1) ?? steps[0])?.id;
}

/** The scene changes the page has dispatched so far. */
export const sceneLog = async (page: EnginePage) => (await probe(page)).scenes;

/**
 * Brings `step` to where a reader meets it and waits until it shows, settled: 'linked' is where
 * a link to it lands (its scroll margin), 'scrolled' where a reader scrolling down has it become
 * active (its top a few px past the trigger line).
 */
export async function arriveAt(
	page: EnginePage,
	step: StepInfo,
	how: 'linked' | 'scrolled' = 'linked',
): Promise<void> {
	await page.evaluate(
		(id, arrival) => {
			const element = document.getElementById(id)!;
			if (arrival === 'linked') return element.scrollIntoView({ behavior: 'instant' });
			const scroller = document.querySelector<HTMLElement>('scrolly-story')!;
			const trigger = innerHeight * Number(scroller.dataset.offset);
			window.scrollBy({
				top: element.getBoundingClientRect().top - trigger + 4,
				behavior: 'instant',
			});
		},
		step.id,
		how,
	);
	await expectShowing(page, step, { settled: true });
}

/**
 * Turns animation off in the page, as the reader's motion toggle does (without remembering it),
 * for scenarios about where things end up rather than how they get there.
 */
export const motionOff = (page: EnginePage) =>
	page.evaluate(() => {
		document.documentElement.dataset.motion = 'off';
	});
