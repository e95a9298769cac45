/**
 * `<story-map>`: moves the server-rendered map from scene to scene as the story scrolls.
 *
 * Nothing is projected here. Each scene's frame comes from the server (`data-frames`), and the
 * zoom to show it is computed by the same `frameScene` the server used, for the map's current
 * size. One transition (src/client/tweens.ts) animates the zoomed group's transform along
 * d3's smooth zoom path and a single `--k` property that keeps strokes, markers and labels the
 * same size on screen; elements fade with opacity and routes draw in with stroke-dashoffset,
 * so no path is ever re-projected or re-drawn per frame. A new scene interrupts
 * the running transition and starts from wherever it was, so a fast scroll ends on the last
 * scene. Without motion (system setting or the page's toggle), scenes switch at once.
 */
import { interpolateZoom } from 'd3-interpolate';
import { frameScene } from '../../../lib/geo/frame';
import { sceneLabels, type LabelData } from '../../../lib/geo/scene-labels';
import type { Bounds, Transform } from '../../../lib/geo/types';
import { fromView, toView } from '../../../lib/geo/zoom-view';
import { durationOf, readLabel, show, textWidth, words } from './map-dom';
import { motionAllowed } from '../../../client/motion';
import { onSceneChange } from '../../../client/scene-events';
import { runTweens, type Tween } from '../../../client/tweens';

type Size = [number, number];

class StoryMapElement extends HTMLElement {
	#svg!: SVGSVGElement;
	#zoom!: SVGGElement;
	#overlay!: SVGGElement;
	#frames = new Map<string, Bounds>();
	#labels: LabelData[] = [];
	#markers: { x: number; y: number; scenes: string[] }[] = [];
	#size: Size = [0, 0];
	#transform: Transform = { k: 1, x: 0, y: 0 };
	#scene = '';
	#printing: { scene: string } | undefined;
	#stop: (() => void) | undefined;
	#observer: ResizeObserver | undefined;
	#frame = 0;
	#stopTweens: (() => void) | undefined;

	connectedCallback(): void {
		const svg = this.querySelector('svg');
		const zoom = this.querySelector<SVGGElement>('[data-zoom]');
		const overlay = this.querySelector<SVGGElement>('[data-overlay]');
		if (!svg || !zoom || !overlay) return;
		[this.#svg, this.#zoom, this.#overlay] = [svg, zoom, overlay];
		const frames = JSON.parse(this.dataset.frames ?? '{}') as Record<string, Bounds>;
		this.#frames = new Map(Object.entries(frames));
		const canvas = document.createElement('canvas').getContext('2d');
		this.#labels = [...this.querySelectorAll<SVGGElement>('[data-label]')].map((label) => ({
			...readLabel(label),
			...(canvas && label.firstElementChild
				? { width: textWidth(label.firstElementChild, canvas) }
				: {}),
		}));
		this.#markers = [...this.querySelectorAll<SVGGElement>('[data-marker]')].map((marker) => ({
			x: Number(marker.dataset.x),
			y: Number(marker.dataset.y),
			scenes: words(marker.dataset.scenes),
		}));
		this.#scene = this.dataset.scene ?? '';

		this.#measure();
		this.show(this.#scene, true);
		this.#stop = onSceneChange((detail) => {
			if (detail.graphic !== 'map' || !this.#frames.has(detail.scene)) return;
			const desc = this.querySelector('[data-map-desc]');
			if (desc) desc.textContent = detail.alt;
			// Print layout can move the steps; the paper keeps the overview, the screen catches up after.
			if (this.#printing) this.#printing.scene = detail.scene;
			else this.show(detail.scene, detail.instant);
		});
		this.#observer = new ResizeObserver(this.#onResize);
		this.#observer.observe(this.#svg);
		addEventListener('beforeprint', this.#beforePrint);
		addEventListener('afterprint', this.#afterPrint);
	}

	disconnectedCallback(): void {
		this.#interrupt();
		this.#stop?.();
		this.#observer?.disconnect();
		cancelAnimationFrame(this.#frame);
		removeEventListener('beforeprint', this.#beforePrint);
		removeEventListener('afterprint', this.#afterPrint);
	}

	/** Shows a scene: animated unless `instant` or motion is off. Waits for the map to have a size. */
	show(scene: string, instant = false): void {
		const bounds = this.#frames.get(scene);
		if (!bounds) return;
		this.#scene = scene;
		this.dataset.scene = scene;
		// Without a size there is nothing to frame yet; the first resize shows the scene.
		const [width, height] = this.#size;
		if (width === 0 || height === 0) return;
		// Read before the writes below, so reading a style costs no extra recalculation.
		const unit = durationOf(getComputedStyle(this).getPropertyValue('--dur'));
		for (const note of this.querySelectorAll<HTMLElement>('[data-note]')) {
			note.toggleAttribute('data-active', note.dataset.note === scene);
		}

		const target = frameScene(bounds, width, height);
		const placed = sceneLabels(this.#labels, this.#markers, scene, target, width, height);
		const visible = (element: SVGElement) =>
			words(element.dataset.scenes).includes(scene) &&
			(element.dataset.label === undefined || Boolean(placed.get(element.dataset.label)?.side));
		const elements = [...this.querySelectorAll<SVGElement>('[data-scenes]')];
		for (const label of this.querySelectorAll<SVGElement>('[data-label]')) {
			const { side, shift } = placed.get(label.dataset.label!) ?? {};
			if (!side || !shift) continue;
			label.dataset.side = side;
			label.firstElementChild?.setAttribute('dx', String(shift[0]));
			label.firstElementChild?.setAttribute('dy', String(shift[1]));
		}

		this.#interrupt();
		const animate = !instant && motionAllowed();
		if (!animate) {
			this.#apply(target);
			for (const element of elements) {
				show(element, visible(element));
				element.setAttribute('opacity', visible(element) ? '1' : '0');
				element.removeAttribute('stroke-dashoffset');
			}
			return;
		}
		this.#animate(target, elements, visible, unit);
	}

	#animate(
		target: Transform,
		elements: SVGElement[],
		visible: (e: SVGElement) => boolean,
		unit: number,
	): void {
		const [width, height] = this.#size;
		const path = interpolateZoom(
			toView(this.#transform, width, height),
			toView(target, width, height),
		);
		// d3's suggested time for the zoom path, tempered to the page's duration token.
		const zoom = Math.min(Math.max(path.duration * 0.6, 1.2 * unit), 3 * unit);
		const opacity = (element: SVGElement) => Number(element.getAttribute('opacity'));
		const attr = (element: SVGElement, name: string) => (value: number) =>
			element.setAttribute(name, String(value));
		const fade = (element: SVGElement, to: number) => (value: number) => {
			element.setAttribute('opacity', String(value));
			if (to === 0 && value === 0) show(element, false);
		};

		const tweens: Tween[] = [
			{
				from: 0,
				to: 1,
				delay: 0,
				duration: zoom,
				set: (t) => this.#apply(fromView(path(t), width, height)),
			},
		];
		for (const element of elements) {
			const [from, to] = [opacity(element), visible(element) ? 1 : 0];
			const undrawn = Number(element.getAttribute('stroke-dashoffset') ?? 0);
			if (element.dataset.route !== undefined && to === 1 && (from < 1 || undrawn > 0)) {
				// A route that appears is drawn from the Caspian end once the zoom has settled; one
				// cut short by the last scene change is drawn on from where it stopped.
				show(element, true);
				element.setAttribute('opacity', '1');
				element.setAttribute('stroke-dasharray', '1 1');
				tweens.push({
					from: from < 1 ? 1 : undrawn,
					to: 0,
					delay: zoom * 0.7,
					duration: 2.5 * unit,
					set: attr(element, 'stroke-dashoffset'),
				});
			} else if (from !== to) {
				if (to === 1) show(element, true);
				// Old things leave early in the zoom, new ones arrive as it settles.
				const [delay, duration] = to === 0 ? [0, zoom * 0.4] : [zoom * 0.5, zoom * 0.5];
				tweens.push({ from, to, delay, duration, set: fade(element, to) });
			}
		}
		this.dataset.transition = 'running';
		this.#stopTweens = runTweens(tweens, () => delete this.dataset.transition);
	}

	/** Stops the running transition where it is: the next one starts from there. */
	#interrupt(): void {
		this.#stopTweens?.();
		this.#stopTweens = undefined;
		delete this.dataset.transition;
	}

	#apply(transform: Transform): void {
		this.#transform = transform;
		const { k, x, y } = transform;
		this.#zoom.setAttribute('transform', `translate(${x} ${y}) scale(${k})`);
		this.#overlay.style.setProperty('--k', String(k));
	}

	#measure(size?: Size): void {
		const [width, height] = size ?? [this.#svg.clientWidth, this.#svg.clientHeight];
		this.#size = [width, height];
		// One unit of the drawing is one pixel on screen, so --k is the zoom and nothing else.
		if (width > 0 && height > 0) this.#svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	}

	#onResize = (): void => {
		cancelAnimationFrame(this.#frame);
		this.#frame = requestAnimationFrame(() => {
			const [width, height] = this.#size;
			if (
				this.#printing ||
				(width === this.#svg.clientWidth && height === this.#svg.clientHeight)
			) {
				return;
			}
			this.#measure();
			if (this.#scene) this.show(this.#scene, true);
		});
	};

	// Print the server's view (the overview, at its own aspect ratio), whatever was on screen.
	#beforePrint = (): void => {
		this.#printing = { scene: this.#scene };
		const [width = 0, height = 0] = words(this.dataset.size).map(Number);
		this.#measure([width, height]);
		this.show(this.dataset.staticScene ?? this.#scene, true);
		// The stylesheet's print --k counter-scales labels to the paper's width.
		this.#overlay.style.removeProperty('--k');
	};

	#afterPrint = (): void => {
		const scene = this.#printing?.scene ?? this.#scene;
		this.#printing = undefined;
		this.#measure();
		this.show(scene, true);
	};
}

if (!customElements.get('story-map')) customElements.define('story-map', StoryMapElement);
