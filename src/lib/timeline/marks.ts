import type { Category } from '../status';

/** SVG paths of an event mark, centred on 0,0 and inside the square from -r to r. */
export interface MarkPaths {
	/** The whole shape, for its fill and outline. */
	shape: string;
	/** Its right half, filled for a disputed event (as the status badges do). */
	half: string;
	/** A stroke across it, bottom left to top right, for a denied event. */
	strike: string;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The shape that stands for each category: a triangle for military action, a circle for
 * diplomacy, a square for a media report, a diamond for a denial. Shape carries the category
 * so that fill and colour are free to carry the sourcing status.
 */
export function markPaths(category: Category, r: number): MarkPaths {
	const [a, b, c, d] = [round(r), round(r * 0.8), round(r * 0.7), round(r * 0.9)];
	const strike = `M${-c},${c}L${c},${-c}`;
	switch (category) {
		case 'military':
			return {
				shape: `M0,${-a}L${a},${b}L${-a},${b}Z`,
				half: `M0,${-a}L${a},${b}L0,${b}Z`,
				strike,
			};
		case 'report':
			return { shape: `M${-b},${-b}H${b}V${b}H${-b}Z`, half: `M0,${-b}H${b}V${b}H0Z`, strike };
		case 'denial':
			return { shape: `M0,${-a}L${a},0L0,${a}L${-a},0Z`, half: `M0,${-a}L${a},0L0,${a}Z`, strike };
		case 'diplomatic':
			return {
				shape: `M${-d},0A${d},${d} 0 1 1 ${d},0A${d},${d} 0 1 1 ${-d},0Z`,
				half: `M0,${-d}A${d},${d} 0 0 1 0,${d}Z`,
				strike,
			};
	}
}
