/**
 * `<story-map>`: moves the server-rendered map from scene to scene as the story scrolls.
 *
 * Nothing is projected here, and no frame of a zoom asks the browser to lay out or repaint the
 * map. The page hands over each scene's frame and every mark's anchor in one payload
 * (src/lib/geo/map-payload.ts); the zoom that shows a scene is computed by the same
 * `frameScene` the server used, for the map's current size. A scene change then:
 * 1. fades out the marks (markers and labels, a screen-space layer) and the scene's shapes
 *    (their own drawing over the base map), and starts the zoom: keyframes of one transform
 *    on the layer that holds both drawings, along d3's smooth zoom path, which the compositor
 *    plays on its own; both fades are compositor work too;
 * 2. once the marks are out of sight, places them for the new scene (label placement, the
 *    same pure function as the server's);
 * 3. when the zoom ends, draws both drawings at the new zoom (one repaint), switches the
 *    shapes to the new scene's, fades marks and shapes back in, and draws new routes in from
 *    their start (the Caspian).
 * A new scene interrupts the running one and starts from wherever the reader sees the map, so
 * a fast scroll ends on the last scene. Without motion (system setting or the page's toggle),
 * and for instant changes, scenes switch at once. While a transition runs, the element has
 * `data-transition="running"`.
 */
import { easeCubicInOut } from 'd3-ease';
import { frameScene } from '../../../lib/geo/frame';
import { decodeMapPayload, type MapPayload } from '../../../lib/geo/map-payload';
import { STATIC_LABEL_WIDTH } from '../../../lib/geo/math';
import { labelSpots, markerSpots } from '../../../lib/geo/scene-labels';
import type { Transform } from '../../../lib/geo/types';
import { layerAt, seenThrough, zoomPath } from '../../../lib/geo/zoom-path';
import { motionDuration } from '../../../client/motion';
import { nextFrame } from '../../../client/frames';
import { onSceneChange } from '../../../client/scene-events';
import { byId, cssTransform, moveMark, placeLabel, shapesOf, svgTransform, turn } from './map-dom';

type Size = [number, number];

const IDENTITY: Transform = { k: 1, x: 0, y: 0 };

/** A zoom the compositor is playing: its animation and the keyframes it plays. */
interface Zoom {
	animation: Animation;
	layers: Transform[];
	duration: number;
}

class StoryMapElement extends HTMLElement {
	#payload!: MapPayload;
	#canvas!: HTMLElement;
	#layer!: HTMLElement;
	#svgs: SVGSVGElement[] = [];
	#drawings: SVGGElement[] = [];
	/** The drawing of the scene's own shapes (over the base map), which fades with the marks. */
	#sceneDrawing: SVGGElement | null = null;
	#routes: SVGElement[] = [];
	#hatch: SVGPatternElement | null = null;
	#shapes = new Map<SVGElement, readonly string[]>();
	#markers = new Map<string, SVGSVGElement>();
	#labels = new Map<string, SVGSVGElement>();
	#size: Size = [0, 0];
	/** A new size for the box, kept for the end of a running zoom rather than cutting it short. */
	#resized: Size | undefined;
	/** The zoom the drawing is rendered at; the layer's transform moves it from there. */
	#drawn: Transform = IDENTITY;
	#zoom: Zoom | undefined;
	#draws: Animation[] = [];
	#timers: number[] = [];
	#scene = '';
	/** Which scene and zoom the marks are placed for. */
	#placed = '';
	#printing: { scene: string } | undefined;
	#stop: (() => void) | undefined;
	/** A zoom to `scene` that starts in the next frame but one (the step's changes go first). */
	#pending: { scene: string; cancel: () => void } | undefined;
	#observer: ResizeObserver | undefined;
	#resizing = 0;
	#steady = 0;
	#arriving = 0;

	connectedCallback(): void {
		const canvas = this.querySelector<HTMLElement>('.story-map__canvas');
		const layer = this.querySelector<HTMLElement>('.story-map__layer');
		this.#drawings = [...this.querySelectorAll<SVGGElement>('[data-zoom]')];
		if (!canvas || !layer || this.#drawings.length === 0 || !this.dataset.map) return;
		[this.#canvas, this.#layer] = [canvas, layer];
		this.#svgs = this.#drawings.map((drawing) => drawing.ownerSVGElement!);
		this.#sceneDrawing = this.querySelector('.story-map__scene [data-zoom]');
		this.#payload = decodeMapPayload(this.dataset.map);
		this.#hatch = this.querySelector('[data-hatch]');
		this.#shapes = shapesOf(this, this.#payload.shapes);
		this.#routes = [...this.querySelectorAll<SVGElement>('[data-route]')];
		this.#markers = byId(this, 'marker');
		this.#labels = byId(this, 'label');
		this.#scene = this.dataset.scene ?? '';

		this.#measure();
		this.show(this.#scene, true);
		this.dataset.live = '';
		this.#stop = onSceneChange((detail) => {
			if (!Object.hasOwn(this.#payload.frames, detail.scene)) return;
			const desc = this.querySelector('[data-map-desc]');
			if (desc) desc.textContent = detail.alt;
			this.#cancelPending();
			// Print layout can move the steps; the paper keeps the overview, the screen catches up after.
			if (this.#printing) this.#printing.scene = detail.scene;
			else if (detail.instant) this.show(detail.scene, true);
			// The step's own changes (caption, live region) take the frame; the zoom starts in the next.
			else if (detail.scene !== this.#scene) {
				const { scene } = detail;
				this.#pending = {
					scene,
					cancel: nextFrame(() => {
						this.#pending = undefined;
						this.show(scene);
					}),
				};
			}
		});
		this.#observer = new ResizeObserver(this.#onResize);
		this.#observer.observe(this.#canvas);
		addEventListener('beforeprint', this.#beforePrint);
		addEventListener('afterprint', this.#afterPrint);
	}

	disconnectedCallback(): void {
		this.#interrupt();
		this.#cancelPending();
		this.#stop?.();
		this.#observer?.disconnect();
		cancelAnimationFrame(this.#resizing);
		cancelAnimationFrame(this.#steady);
		removeEventListener('beforeprint', this.#beforePrint);
		removeEventListener('afterprint', this.#afterPrint);
	}

	/** Shows a scene: animated unless `instant` or motion is off. Waits for the map to have a size. */
	show(scene: string, instant = false): void {
		const bounds = this.#payload.frames[scene];
		if (!bounds) return;
		this.#scene = scene;
		this.dataset.scene = scene;
		const unit = instant ? 0 : motionDuration(this);
		if (unit === 0 && this.#resized) this.#measure(this.#resized);
		// Without a size there is nothing to frame yet; the first resize shows the scene.
		const [width, height] = this.#size;
		if (width === 0 || height === 0) return;
		const target = frameScene(bounds, width, height);
		const from = this.#seen();
		this.#interrupt();
		if (unit === 0) this.#settle(scene, target);
		else this.#animate(scene, from, target, unit);
	}

	/** What the reader sees now: the drawing's zoom, moved by the layer if a zoom is playing. */
	#seen(): Transform {
		const zoom = this.#zoom;
		if (!zoom) return this.#drawn;
		const progress = Number(zoom.animation.currentTime ?? 0) / zoom.duration;
		return seenThrough(layerAt(zoom.layers, progress), this.#drawn);
	}

	#animate(scene: string, from: Transform, target: Transform, unit: number): void {
		const [width, height] = this.#size;
		const { duration, layers } = zoomPath(from, target, this.#drawn, width, height, {
			unit,
			ease: easeCubicInOut,
		});
		const previous = this.#zoom?.animation;
		const animation = this.#layer.animate(
			layers.map((layer) => ({ transform: cssTransform(layer) })),
			{ duration, fill: 'forwards' },
		);
		// Replaced in the same task, so the compositor goes from one to the other without a gap.
		previous?.cancel();
		this.#zoom = { animation, layers, duration };
		this.dataset.transition = 'running';
		this.dataset.faded = '';
		// The marks are placed while out of sight, in a task of their own, not in the scroll's.
		this.#later(0.3 * unit, () => this.#placeMarks(scene, target, width, height));
		animation.finished.then(
			() => this.#arrive(scene, target, unit),
			() => {},
		);
	}

	/**
	 * The zoom has ended: draw the base map at the new zoom now, the scene's shapes (out of
	 * sight until the scene comes in) in the next frame, and bring the scene in the frame after,
	 * so that no one frame repaints the whole map or both repaints and restyles it.
	 */
	#arrive(scene: string, zoomedTo: Transform, unit: number): void {
		// The box changed while the zoom played (a caption of another length, say): frame for it now.
		const resized = this.#resized;
		if (resized) this.#measure(resized);
		const [width, height] = this.#size;
		const target = resized ? frameScene(this.#payload.frames[scene]!, width, height) : zoomedTo;
		this.#renderBase(target);
		if (this.#placed !== placement(scene, target)) this.#placeMarks(scene, target, width, height);
		this.#arriving = requestAnimationFrame(() => {
			this.#renderScene(target);
			this.#arriving = requestAnimationFrame(() => this.#bringIn(scene, unit));
		});
	}

	/** Switches the shapes and the note to the scene's, fades the scene in, draws new routes. */
	#bringIn(scene: string, unit: number): void {
		this.#showNote(scene);
		const draw = 2.5 * unit;
		for (const [shape, scenes] of this.#shapes) {
			const arriving = scenes.includes(scene) && !shape.hasAttribute('data-on');
			turn(shape, scenes.includes(scene));
			// A route that appears is drawn from its start (the Caspian end) along its length.
			if (arriving && shape.dataset.route !== undefined) {
				this.#draws.push(
					shape.animate(
						[
							{ strokeDasharray: '1 1', strokeDashoffset: 1 },
							{ strokeDasharray: '1 1', strokeDashoffset: 0 },
						],
						{ duration: draw, easing: 'ease-in-out' },
					),
				);
			}
		}
		delete this.dataset.faded;
		const settled = Math.max(unit, this.#draws.length > 0 ? draw : 0);
		this.#later(settled, () => this.#interrupt());
	}

	/** Shows a scene at once: no zoom, no fade, no drawing in. */
	#settle(scene: string, target: Transform): void {
		const [width, height] = this.#size;
		this.dataset.instant = '';
		this.#render(target);
		this.#placeMarks(scene, target, width, height);
		for (const [shape, scenes] of this.#shapes) turn(shape, scenes.includes(scene));
		this.#showNote(scene);
		delete this.dataset.faded;
		// Transitions stay off until the frame that shows the scene has been styled.
		cancelAnimationFrame(this.#steady);
		this.#steady = requestAnimationFrame(() => {
			this.#steady = requestAnimationFrame(() => delete this.dataset.instant);
		});
	}

	#showNote(scene: string): void {
		for (const note of this.querySelectorAll<HTMLElement>('[data-note]')) {
			note.toggleAttribute('data-active', note.dataset.note === scene);
		}
	}

	/** Stops the running transition: the zoom stays where the reader sees it, routes end drawn. */
	#interrupt(): void {
		cancelAnimationFrame(this.#arriving);
		for (const timer of this.#timers) clearTimeout(timer);
		this.#timers = [];
		for (const draw of this.#draws) draw.finish();
		this.#draws = [];
		delete this.dataset.transition;
	}

	/** Draws everything at a zoom, at rest. */
	#render(zoom: Transform): void {
		this.#renderBase(zoom);
		this.#renderScene(zoom);
	}

	/** Draws the base map at a zoom, the layer back in place (the scene's shapes follow apart). */
	#renderBase(zoom: Transform): void {
		for (const drawing of this.#drawings) {
			if (drawing !== this.#sceneDrawing) drawing.setAttribute('transform', svgTransform(zoom));
		}
		this.#drawn = zoom;
		this.#zoom?.animation.cancel();
		this.#zoom = undefined;
	}

	/** Draws the scene's shapes at a zoom: out of sight if the base map is not yet at it. */
	#renderScene(zoom: Transform): void {
		this.#sceneDrawing?.setAttribute('transform', svgTransform(zoom));
		// Strokes and hatching keep their size on screen (see StoryMap.css).
		for (const route of this.#routes) route.style.setProperty('--k', String(zoom.k));
		this.#hatch?.setAttribute('patternTransform', `scale(${1 / zoom.k})`);
	}

	/** Places the scene's markers and labels for a `width` × `height` frame zoomed by `zoom`. */
	#placeMarks(scene: string, zoom: Transform, width: number, height: number): void {
		this.#placed = placement(scene, zoom);
		const { labels, markers } = this.#payload;
		const spots = new Map(
			labelSpots(labels, markers, scene, zoom, width, height).map((spot) => [spot.id, spot]),
		);
		for (const [id, label] of this.#labels) {
			const spot = spots.get(id);
			if (spot) placeLabel(label, spot);
			turn(label, Boolean(spot));
		}
		const points = new Map(
			markerSpots(markers, scene, zoom, width, height).map((spot) => [spot.id, spot]),
		);
		for (const [id, marker] of this.#markers) {
			const point = points.get(id);
			if (point) moveMark(marker, point.left, point.top);
			turn(marker, Boolean(point));
		}
	}

	/** Calls off the zoom waiting to start, if any; returns the scene it was going to. */
	#cancelPending(): string | undefined {
		const scene = this.#pending?.scene;
		this.#pending?.cancel();
		this.#pending = undefined;
		return scene;
	}

	#later(delay: number, run: () => void): void {
		this.#timers.push(window.setTimeout(run, delay));
	}

	#measure(size?: Size): void {
		const [width, height] = size ?? [this.#canvas.clientWidth, this.#canvas.clientHeight];
		this.#size = [width, height];
		this.#resized = undefined;
		// One unit of the drawings is one pixel on screen, so a zoom is in px and nothing else.
		if (width === 0 || height === 0) return;
		for (const svg of this.#svgs) svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
	}

	#onResize = ([entry]: ResizeObserverEntry[]): void => {
		const size: Size = [
			Math.round(entry!.contentRect.width),
			Math.round(entry!.contentRect.height),
		];
		const [width, height] = this.#size;
		if (this.#printing || (size[0] === width && size[1] === height)) return;
		if (this.#zoom) {
			this.#resized = size;
			return;
		}
		cancelAnimationFrame(this.#resizing);
		this.#resizing = requestAnimationFrame(() => {
			this.#measure(size);
			if (this.#scene) this.show(this.#scene, true);
		});
	};

	// Print the server's view (its scene, at its own size and label layout), whatever was on screen.
	// A zoom about to start (a step became active in this frame) would fade the marks out on
	// paper, so it is called off and its scene is the one the screen shows after print.
	#beforePrint = (): void => {
		this.#printing = { scene: this.#cancelPending() ?? this.#scene };
		const { size, scene } = this.#payload;
		const [width, height] = size;
		this.#interrupt();
		this.#measure(size);
		this.#settle(scene, IDENTITY);
		const narrowest = Math.min(width, STATIC_LABEL_WIDTH) / width;
		this.#placeMarks(scene, { k: narrowest, x: 0, y: 0 }, width * narrowest, height * narrowest);
		this.#scene = scene;
		this.dataset.scene = scene;
		delete this.dataset.live;
	};

	#afterPrint = (): void => {
		const scene = this.#printing?.scene ?? this.#scene;
		this.#printing = undefined;
		this.dataset.live = '';
		this.#measure();
		this.show(scene, true);
	};
}

/** A key for a placement of the marks: the scene, at a zoom. */
const placement = (scene: string, { k, x, y }: Transform) => `${scene} ${k} ${x} ${y}`;

if (!customElements.get('story-map')) customElements.define('story-map', StoryMapElement);
