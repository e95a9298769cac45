/**
 * `<step-controls>`: previous and next step without scrolling, for readers who find scrolling
 * hard or who present the story. Inside `<scrolly-story>`; the steps are the story's
 * `[data-step]` elements, counted from the page.
 *
 * A move scrolls the step to where a deep link puts it (its scroll margin, at the trigger line),
 * smoothly unless motion is off, and the scroller does the rest: the scene changes (at once with
 * reduced motion) and the hash follows. Focus stays on a button that was pressed, so it can be
 * pressed again; after a key pressed in the text, focus moves to the new step's text.
 *
 * Keys: `]` next, `[` previous, only while focus is inside the story. Arrow keys, Space and
 * Page Up/Down already scroll the page, and single letters belong to screen readers' browse
 * modes; the brackets are neither, and scoping them to the story keeps a stray key press
 * elsewhere (or a speech command) from moving it (WCAG 2.1.4). On the narrow layout, where the
 * graphic sits behind the text, a tap on the graphic goes on one step.
 */
import { stepOf } from '../lib/meta/share';
import { motionAllowed } from './motion';
import { onSceneChange } from './scene-events';

/** The layout where the graphic is behind the text (the breakpoint of Scrolly.astro). */
const NARROW = '(max-width: 56.24rem)';
const KEYS: Record<string, 1 | -1> = { ']': 1, '[': -1 };

/** What prompted a move, which decides where focus goes. */
type Origin = 'control' | 'text' | 'tap';

class StepControls extends HTMLElement {
	#story: HTMLElement | null = null;
	#steps: HTMLElement[] = [];
	#active = 0;
	/** The step a move is heading for, until the scroller reports it (or the scroll ends). */
	#target = -1;
	#stop: (() => void) | undefined;

	connectedCallback(): void {
		this.#story = this.closest('scrolly-story');
		this.#steps = [...(this.#story?.querySelectorAll<HTMLElement>('[data-step]') ?? [])];
		if (!this.#story || this.#steps.length === 0) return;
		for (const button of this.querySelectorAll<HTMLButtonElement>('[data-step-move]')) {
			button.addEventListener('click', () => {
				if (button.getAttribute('aria-disabled') !== 'true') {
					this.#move(Number(button.dataset.stepMove), 'control');
				}
			});
		}
		this.#story.addEventListener('keydown', this.#onKey);
		this.#story.querySelector('.scrolly__graphic')?.addEventListener('click', this.#onTap);
		addEventListener('scrollend', this.#onScrollEnd);
		this.#stop = onSceneChange((detail) => {
			this.#active = detail.index;
			if (detail.index === this.#target) this.#target = -1;
			// Not #position(): reading the layout here would force it in the frame the step's
			// changes were written in. Above the first step (-1) the controls read as at step 0.
			this.#sync(this.#target >= 0 ? this.#target : detail.index);
		});
		this.hidden = false;
		document.documentElement.toggleAttribute('data-step-controls', true);
	}

	disconnectedCallback(): void {
		this.#story?.removeEventListener('keydown', this.#onKey);
		this.#story?.querySelector('.scrolly__graphic')?.removeEventListener('click', this.#onTap);
		removeEventListener('scrollend', this.#onScrollEnd);
		this.#stop?.();
		document.documentElement.removeAttribute('data-step-controls');
	}

	/**
	 * Where the reader is: the step being moved to, else the active one; -1 while the active
	 * step is still below the trigger line (the reader is above the first step).
	 */
	#position(): number {
		if (this.#target >= 0) return this.#target;
		const line = innerHeight * (Number(this.#story?.dataset.offset) || 0.5);
		const top = this.#steps[this.#active]?.getBoundingClientRect().top ?? 0;
		return top > line + 1 ? this.#active - 1 : this.#active;
	}

	#move(by: number, origin: Origin): void {
		const index = Math.max(0, this.#position() + by);
		if (index >= this.#steps.length || (by < 0 && this.#position() <= 0)) return;
		const step = this.#steps[index]!;
		this.#target = index;
		step.scrollIntoView({ block: 'start', behavior: motionAllowed() ? 'smooth' : 'instant' });
		if (origin === 'text') {
			step.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
		}
		this.#sync(index);
		const status = this.querySelector('[data-step-status]');
		if (status) status.textContent = stepOf(index, this.#steps.length);
	}

	#onKey = (event: KeyboardEvent): void => {
		const by = KEYS[event.key];
		// AltGr (Ctrl+Alt on Windows) types the brackets on many layouts; other modifiers mean
		// another shortcut.
		const altGraph = event.getModifierState('AltGraph');
		if (!by || event.defaultPrevented || event.metaKey) return;
		if (!altGraph && (event.ctrlKey || event.altKey)) return;
		const target = event.target as HTMLElement;
		if (target.isContentEditable || target.closest('input, textarea, select')) return;
		event.preventDefault();
		this.#move(by, this.contains(target) ? 'control' : 'text');
	};

	#onTap = (): void => {
		if (matchMedia(NARROW).matches) this.#move(1, 'tap');
	};

	// A move that ended without reaching its step (the page could not scroll that far) must not
	// hold the position. The scroller measures a frame after the scroll ends; let it go first.
	#onScrollEnd = (): void => {
		requestAnimationFrame(() => requestAnimationFrame(() => (this.#target = -1)));
	};

	#sync(index = this.#position()): void {
		const shown = Math.max(0, index);
		const count = this.querySelector('[data-step-count]');
		if (count) count.textContent = `${shown + 1} / ${this.#steps.length}`;
		for (const button of this.querySelectorAll<HTMLElement>('[data-step-move]')) {
			const by = Number(button.dataset.stepMove);
			const end = by < 0 ? index <= 0 : index >= this.#steps.length - 1;
			// aria-disabled, not disabled: a disabled button would drop the focus it has.
			button.setAttribute('aria-disabled', String(end));
		}
	}
}

if (!customElements.get('step-controls')) customElements.define('step-controls', StepControls);
