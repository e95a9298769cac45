/**
 * `<scrolly-story>`: finds the active step as the reader scrolls and tells the graphics.
 *
 * Scrollama's IntersectionObservers say *when* a step crosses the trigger line; which step is
 * active is then measured from the layout (`activeStepIndex`), so fast scrolls, keyboard jumps
 * (Home, End, PageDown) and resizes all end on the same answer however many callbacks fired.
 * A URL hash naming a step wins at start-up, so a deep link shows that step at once without
 * replaying the ones before it.
 */
import scrollama from 'scrollama';
import { activeStepIndex } from '../lib/scroll/active-step';
import { emitSceneChange, type SceneChangeDetail } from './scene-events';
import { onScrollEnd } from './scroll-end';

class ScrollyStory extends HTMLElement {
	#steps: HTMLElement[] = [];
	#scroller: ReturnType<typeof scrollama> | undefined;
	#offset = 0.5;
	#active = -1;
	#scene = '';
	#frame = 0;
	#printing = false;
	#stopScrollEnd: (() => void) | undefined;
	#print = matchMedia('print');

	connectedCallback(): void {
		this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
		if (this.#steps.length === 0) return;
		const offset = Number(this.dataset.offset);
		if (offset >= 0 && offset <= 1) this.#offset = offset;

		const linked = this.#steps.findIndex((step) => `#${step.id}` === location.hash);
		// Put a deep-linked step at the trigger line now rather than waiting for the browser's own
		// fragment scroll, so the first measurement already agrees with the link.
		if (linked >= 0) this.#steps[linked]!.scrollIntoView({ block: 'start', behavior: 'instant' });
		this.#activate(linked >= 0 ? linked : Math.max(0, this.#measure()), true);

		this.#scroller = scrollama()
			.setup({ step: this.#steps, offset: this.#offset as scrollama.DecimalType })
			.onStepEnter(this.#schedule)
			.onStepExit(this.#schedule);
		addEventListener('resize', this.#onResize);
		addEventListener('beforeprint', this.#onPrint);
		addEventListener('afterprint', this.#onPrint);
		this.#print.addEventListener('change', this.#onPrint);
		this.#stopScrollEnd = onScrollEnd(this.#schedule);
		document.addEventListener('astro:before-swap', this.#teardown, { once: true });
	}

	disconnectedCallback(): void {
		this.#teardown();
	}

	#teardown = (): void => {
		this.#scroller?.destroy();
		this.#scroller = undefined;
		removeEventListener('resize', this.#onResize);
		removeEventListener('beforeprint', this.#onPrint);
		removeEventListener('afterprint', this.#onPrint);
		this.#print.removeEventListener('change', this.#onPrint);
		this.#stopScrollEnd?.();
		cancelAnimationFrame(this.#frame);
	};

	/** Index of the step at the trigger line, or -1 above the first step. */
	#measure(): number {
		const tops = this.#steps.map((step) => step.getBoundingClientRect().top);
		return activeStepIndex(tops, innerHeight * this.#offset);
	}

	// Several observers can fire in one frame; measure once, after they have.
	#schedule = (): void => {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#update(false));
	};

	#onResize = (): void => {
		this.#scroller?.resize();
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => this.#update(true));
	};

	// Paper lays the steps out anew, which moves them across the trigger line: that is not the
	// reader scrolling, so the step (and the hash) they were at stays until they are back.
	#onPrint = (event: Event): void => {
		this.#printing = event.type === 'beforeprint' || this.#print.matches;
		if (this.#printing) cancelAnimationFrame(this.#frame);
		else this.#onResize();
	};

	#update(instant: boolean): void {
		if (this.#printing || this.#print.matches) return;
		const measured = this.#measure();
		const index = Math.max(0, measured);
		// The hash names a step only while the reader is at one: above the first step and below
		// the story it is cleared, and other anchors (a citation's #source-…) are left alone.
		const inside =
			measured >= 0 && this.getBoundingClientRect().bottom > innerHeight * this.#offset;
		if (inside) this.#writeHash(this.#steps[index]!.id);
		else if (this.#steps.some((step) => `#${step.id}` === location.hash)) this.#writeHash('');
		if (index !== this.#active) this.#activate(index, instant);
	}

	#activate(index: number, instant: boolean): void {
		const previous = this.#active;
		const step = this.#steps[index]!;
		this.#steps[previous]?.removeAttribute('aria-current');
		step.setAttribute('aria-current', 'step');
		this.#active = index;

		const data = step.dataset;
		const detail: SceneChangeDetail = {
			index,
			step: step.id,
			section: data.section ?? '',
			scene: data.scene ?? '',
			graphic: data.graphic ?? '',
			label: data.label ?? '',
			title: data.title ?? '',
			alt: data.alt ?? '',
			events: (data.events ?? '').split(' ').filter(Boolean),
			direction: previous < 0 ? 'none' : index > previous ? 'forward' : 'backward',
			instant: instant || previous < 0,
		};
		this.#showCaption(detail, previous >= 0);
		emitSceneChange(this, detail);
	}

	#showCaption(detail: SceneChangeDetail, announce: boolean): void {
		const graphic = this.querySelector<HTMLElement>('.scrolly__graphic');
		if (graphic) graphic.dataset.graphic = detail.graphic;
		for (const layer of this.querySelectorAll<HTMLElement>('[data-graphic-layer]')) {
			layer.toggleAttribute('data-active', layer.dataset.graphicLayer === detail.graphic);
		}
		const title = this.querySelector('[data-caption-title]');
		const text = this.querySelector('[data-caption-text]');
		if (title) title.textContent = detail.title;
		if (text) text.textContent = detail.alt;
		// Announce scenes, not steps: two steps on one scene should not repeat the news.
		if (announce && detail.scene !== this.#scene) {
			const status = this.querySelector('[data-scene-status]');
			if (status) status.textContent = `${detail.label}: ${detail.title}`;
		}
		this.#scene = detail.scene;
	}

	#writeHash(id: string): void {
		const hash = id ? `#${id}` : '';
		if (location.hash === hash) return;
		// replaceState: following the reader must not fill their Back button with steps.
		history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
	}
}

if (!customElements.get('scrolly-story')) customElements.define('scrolly-story', ScrollyStory);
