import type { DayScale } from './scale';

/** Where one event's mark goes. */
export interface MarkPlace {
	id: string;
	date: string;
	/** Centre of the mark across the chart, as a fraction of its width. */
	x: number;
	/** 0 for the first event of its day, 1 for the next one stacked above it, and so on. */
	level: number;
	/** Height of the mark's centre above the axis, in px. */
	lift: number;
}

/** The marks, and the sizes the chart needs to draw them. */
export interface TimelineLayout {
	marks: MarkPlace[];
	/** Half the size of a mark's box, in px: every mark fits in a square 2 × radius wide. */
	radius: number;
	/** The most events on any one day. */
	levels: number;
	/** Height of the tallest stack, in px. */
	height: number;
}

export interface LayoutOptions {
	/** The largest mark, as a radius in px. */
	maxRadius?: number;
	/** Space kept between two marks, in px, across and up. */
	gap?: number;
}

/**
 * Places events along a day scale for a chart `width` px wide. Events of the same day stack
 * upwards in the order given (pass them in the order the story tells them), and marks shrink
 * until neighbouring days' marks keep `gap` between them, so nothing overlaps at any width down
 * to the one given.
 */
export function layoutEvents(
	events: readonly { id: string; date: string }[],
	scale: DayScale,
	width: number,
	{ maxRadius = 9, gap = 4 }: LayoutOptions = {},
): TimelineLayout {
	const radius = Math.max(0, Math.min(maxRadius, (scale.bandwidth * width - gap) / 2));
	const pitch = 2 * radius + gap;
	const stacked = new Map<string, number>();
	const marks = events.map(({ id, date }) => {
		const level = stacked.get(date) ?? 0;
		stacked.set(date, level + 1);
		return { id, date, x: scale(date), level, lift: gap + radius + level * pitch };
	});
	const levels = Math.max(0, ...stacked.values());
	return { marks, radius, levels, height: levels * pitch };
}
