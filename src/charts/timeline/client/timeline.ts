/**
 * `<story-timeline>`: brings Timeline.astro's server-rendered SVG to life.
 *
 * - sticky: follows the story's steps (onSceneChange): highlights the step's events, shows their
 *   titles and moves the "now" band to the latest of their days with a D3 transition. Instant
 *   changes (first scene, deep link, resize) and reduced motion skip the animation.
 * - full: every mark becomes a focusable button; focus, hover or a tap shows the event's row of
 *   the table in the panel; Enter moves into the panel (Escape comes back); arrow keys step
 *   through the events. "Show as table" swaps the chart for the table.
 */
import { stepFocus } from '../../../lib/timeline/steps';
import { motionDuration } from '../../../client/motion';
import { inNextFrame, nextFrame } from '../../../client/frames';
import { onSceneChange } from '../../../client/scene-events';

class StoryTimeline extends HTMLElement {
	#marks: SVGGElement[] = [];
	#cleanup: (() => void) | undefined;
	#selected: SVGGElement | undefined;
	#shown: SVGGElement | undefined;
	#focus = '';
	#pending: { cancel: () => void; run: () => void } | undefined;
	#moved = 0;
	#inSight = false;

	connectedCallback(): void {
		this.#marks = [...this.querySelectorAll<SVGGElement>('[data-event]')];
		if (this.dataset.variant === 'sticky') {
			const stop = onSceneChange(({ events, instant, graphic }) => {
				this.#pending?.cancel();
				this.#pending = undefined;
				// Out of sight, nothing is written until it is needed, and paper gets the pending
				// step (beforeprint). Coming into sight the timeline catches up without moving: at
				// once if it appears at once (no motion); else in the next frame, painted before
				// any frame that shows it (the step's own frame paints its fade at nothing), so the
				// step's changes and the timeline's, the costliest frame of the scroll together, are
				// two. In sight, it moves in the frame after the step's.
				const inSight = graphic === this.#kind();
				const arriving = inSight && !this.#inSight;
				if (instant || (arriving && motionDuration(this) === 0)) this.#highlight(events, true);
				else if (arriving) this.#defer(inNextFrame, () => this.#highlight(events, true));
				else if (!inSight) this.#defer(whenNeeded, () => this.#highlight(events, true));
				else this.#defer(nextFrame, () => this.#highlight(events, false));
				this.#inSight = inSight;
			});
			addEventListener('beforeprint', this.#beforePrint);
			this.#cleanup = () => {
				stop();
				removeEventListener('beforeprint', this.#beforePrint);
			};
		} else {
			this.#interact();
		}
	}

	disconnectedCallback(): void {
		this.#cleanup?.();
		this.#pending?.cancel();
	}

	#defer(when: (work: () => void) => () => void, work: () => void): void {
		const done = () => {
			this.#pending = undefined;
			work();
		};
		const cancel = when(done);
		this.#pending = {
			cancel,
			run: () => {
				cancel();
				done();
			},
		};
	}

	// Paper shows the step the reader is at, at rest: deferred work now, moves already over.
	#beforePrint = (): void => {
		this.#pending?.run();
		clearTimeout(this.#moved);
		delete this.dataset.transition;
		this.querySelector('.tl-chart')?.setAttribute('data-instant', '');
	};

	#highlight(ids: string[], instant: boolean): void {
		const list = this.#marks.map((mark) => ({ id: mark.dataset.event!, date: mark.dataset.date! }));
		const focus = stepFocus(ids, list);
		// Most steps keep the events of the step before: then there is nothing to write.
		const key = `${focus.events.join(' ')}|${focus.now ?? ''}`;
		if (key === this.#focus && !instant) return;
		this.#focus = key;
		const active = new Set(focus.events);
		const ms = instant ? 0 : motionDuration(this);

		// The fades are CSS (opacity over --dur), and so is the move; instant changes skip both.
		const chart = this.querySelector<HTMLElement>('.tl-chart');
		chart?.toggleAttribute('data-instant', ms === 0);
		chart?.toggleAttribute('data-focused', active.size > 0);
		for (const mark of this.#marks) {
			mark.toggleAttribute('data-active', active.has(mark.dataset.event!));
		}
		for (const callout of this.querySelectorAll<HTMLElement>('[data-callout]')) {
			callout.hidden = !active.has(callout.dataset.callout!);
		}

		const ticks = [...this.querySelectorAll<SVGGElement>('[data-day]')];
		ticks.forEach((tick) => tick.toggleAttribute('data-current', tick.dataset.day === focus.now));
		const target = ticks.find((tick) => tick.dataset.day === focus.now)?.dataset.x;
		const now = this.querySelector<SVGGElement>('[data-now]');
		if (!now) return;
		if (!target) {
			now.setAttribute('visibility', 'hidden');
			return;
		}
		// A marker that was hidden appears where it belongs rather than sliding in from elsewhere.
		const wasHidden = now.getAttribute('visibility') === 'hidden';
		if (wasHidden) chart?.setAttribute('data-instant', '');
		now.removeAttribute('visibility');
		const shift = Number.parseFloat(target) - Number.parseFloat(now.dataset.x ?? '0');
		now.style.transform = `translateX(${Math.round(shift * 1000) / 1000}%)`;
		if (ms > 0 && !wasHidden) {
			this.dataset.transition = 'running';
			clearTimeout(this.#moved);
			this.#moved = window.setTimeout(() => delete this.dataset.transition, ms);
		}
	}

	/** The chart kind the story shows this timeline for: its graphic layer's. */
	#kind(): string | undefined {
		return this.closest<HTMLElement>('[data-graphic-layer]')?.dataset.graphicLayer;
	}

	#interact(): void {
		const toggle = this.querySelector<HTMLButtonElement>('[data-toggle]');
		const chart = this.querySelector<HTMLElement>('[data-chart]');
		const panel = this.querySelector<HTMLElement>('[data-panel]');
		if (!toggle || !chart || !panel) return;
		this.querySelector('.tl-chart')?.removeAttribute('aria-hidden');
		for (const mark of this.#marks) mark.tabIndex = 0;
		panel.hidden = false;
		panel.tabIndex = -1;
		toggle.hidden = false;
		this.#showTable(false);

		toggle.addEventListener('click', () => {
			this.#showTable(toggle.getAttribute('aria-pressed') !== 'true');
		});
		chart.addEventListener('focusin', (event) => this.#select(markOf(event.target)));
		chart.addEventListener('click', (event) => this.#select(markOf(event.target)));
		chart.addEventListener('pointerover', (event) => {
			if (event.pointerType === 'mouse') this.#show(markOf(event.target) ?? this.#selected);
		});
		chart.addEventListener('pointerleave', () => this.#show(this.#selected));
		chart.addEventListener('keydown', (event) => this.#onKey(event, panel));
	}

	#onKey(event: KeyboardEvent, panel: HTMLElement): void {
		const mark = markOf(event.target);
		if (event.key === 'Escape' && this.#selected && panel.contains(event.target as Node)) {
			this.#selected.focus();
		} else if (mark && (event.key === 'Enter' || event.key === ' ')) {
			panel.focus();
		} else if (mark && Object.hasOwn(STEPS, event.key)) {
			const index = this.#marks.indexOf(mark) + STEPS[event.key]!;
			this.#marks.at(Math.max(0, Math.min(index, this.#marks.length - 1)))?.focus();
		} else {
			return;
		}
		event.preventDefault();
	}

	#select(mark: SVGGElement | undefined): void {
		if (!mark) return;
		this.#selected?.removeAttribute('data-selected');
		mark.setAttribute('data-selected', '');
		this.#selected = mark;
		this.#show(mark);
	}

	/** Fills the panel with the event's table row: one source of truth for both. */
	#show(mark: SVGGElement | undefined): void {
		// The pointer crosses several shapes of one mark; fill the panel once per mark.
		if (mark === this.#shown) return;
		this.#shown = mark;
		const row = this.querySelector<HTMLTableRowElement>(`[data-row="${mark?.dataset.event}"]`);
		const slots = this.querySelectorAll<HTMLElement>('[data-panel] [data-slot]');
		slots.forEach((slot, index) => {
			const cell = row?.cells[index];
			slot.replaceChildren(...(cell ? [...cell.cloneNode(true).childNodes] : []));
			for (const node of slot.querySelectorAll('[id], [tabindex]')) {
				node.removeAttribute('id');
				node.removeAttribute('tabindex');
			}
		});
		this.querySelector<HTMLElement>('[data-hint]')!.hidden = Boolean(row);
	}

	#showTable(table: boolean): void {
		this.querySelector('[data-toggle]')?.setAttribute('aria-pressed', String(table));
		this.querySelector<HTMLElement>('[data-chart]')!.hidden = table;
		const wrapper = this.querySelector<HTMLElement>('[data-table]')!;
		// Out of sight, the table stays for screen readers but must not take keyboard focus.
		wrapper.classList.toggle('visually-hidden', !table);
		for (const link of wrapper.querySelectorAll('a')) {
			if (table) link.removeAttribute('tabindex');
			else link.tabIndex = -1;
		}
	}
}

/** Work that waits until something asks for it (the pending work's `run`); nothing to cancel. */
const whenNeeded = () => () => {};

/** Left and right arrows step through the events in date order; Home and End go to either end. */
const STEPS: Record<string, number> = {
	ArrowLeft: -1,
	ArrowRight: 1,
	Home: -Infinity,
	End: Infinity,
};

function markOf(target: EventTarget | null): SVGGElement | undefined {
	return (target as Element | null)?.closest<SVGGElement>('[data-event]') ?? undefined;
}

if (!customElements.get('story-timeline')) customElements.define('story-timeline', StoryTimeline);
