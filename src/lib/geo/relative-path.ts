/**
 * A d3-geo path context that writes SVG path data with relative commands rounded to tenths of
 * a pixel (or to a coarser grid where the caller allows it), leaving out every letter and
 * space SVG lets it: `m12 3.4-1.2.5 3 4z` instead of `M12,3.4L10.8,3.9L13.8,7.9Z`. The map is
 * inline in the page, and this makes its paths about half the size. Positions are rounded
 * before they are differenced, so the error never adds up along a line.
 */
export class RelativePath {
	readonly #grid: (x: number, y: number) => number;
	#d = '';
	/** The last number written, to know whether the next needs a separator. */
	#last = '';
	#x = 0;
	#y = 0;
	#start: [number, number] = [0, 0];
	#drawing = false;

	/**
	 * `grid` gives, for a point, the step in tenths its position is rounded to (pathGrid in
	 * path-grid.ts: coarser where no scene zooms in); by default every point keeps its tenths.
	 */
	constructor(grid: (x: number, y: number) => number = () => 1) {
		this.#grid = grid;
	}

	moveTo(x: number, y: number): void {
		this.#d += 'm';
		this.#last = '';
		this.#to(x, y, true);
		this.#start = [this.#x, this.#y];
		this.#drawing = true;
	}

	lineTo(x: number, y: number): void {
		// After m or l, further pairs are lines without a letter.
		if (!this.#drawing) {
			this.#d += 'l';
			this.#last = '';
			this.#drawing = true;
		}
		this.#to(x, y);
	}

	closePath(): void {
		this.#d += 'z';
		[this.#x, this.#y] = this.#start;
		this.#drawing = false;
	}

	/** d3-geo draws Point geometries as circles; the map draws its own markers instead. */
	arc(): void {}

	/** Part of the canvas-like context d3-geo accepts; a new path starts at flush(). */
	beginPath(): void {}

	/** The path data so far, emptied for the next geometry. */
	flush(): string {
		const d = this.#d;
		this.#d = '';
		this.#last = '';
		[this.#x, this.#y] = [0, 0];
		this.#drawing = false;
		return d;
	}

	#to(x: number, y: number, always = false): void {
		const step = this.#grid(x, y);
		const [rx, ry] = [Math.round((x * 10) / step) * step, Math.round((y * 10) / step) * step];
		if (!always && rx === this.#x && ry === this.#y) return;
		this.#write(rx - this.#x);
		this.#write(ry - this.#y);
		[this.#x, this.#y] = [rx, ry];
	}

	#write(tenths: number): void {
		const text = String(tenths / 10).replace(/^(-?)0\./, '$1.');
		const joined =
			this.#last === '' ||
			text.startsWith('-') ||
			(text.startsWith('.') && this.#last.includes('.'));
		this.#d += joined ? text : ` ${text}`;
		this.#last = text;
	}
}
