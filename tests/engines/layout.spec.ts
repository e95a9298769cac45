import { arriveAt, motionOff, readSteps } from './support/story';
import { eachViewport, expect, test } from './fixtures';

/** Runs in the page: what is wrong with the layout at the active step, as sentences. */
function layoutProblems(): string[] {
	const problems: string[] = [];
	const root = document.documentElement;
	if (root.scrollWidth > root.clientWidth) {
		problems.push(`the page is ${root.scrollWidth - root.clientWidth} px wider than the window`);
	}
	// On narrow screens the sticky graphic is full-bleed: it must reach the window's right edge.
	const sticky = document.querySelector('.scrolly__graphic')?.getBoundingClientRect();
	if (sticky && sticky.left <= 0 && Math.abs(sticky.right - root.clientWidth) > 0.5) {
		problems.push(`the graphic ends at ${sticky.right} px, the window at ${root.clientWidth} px`);
	}
	const card = document.querySelector('[data-step][aria-current="step"] .step__body');
	const cardBox = card?.getBoundingClientRect();
	const graphic = document.querySelector<HTMLElement>('.scrolly__graphic');
	const layer = graphic?.querySelector(`[data-graphic-layer="${graphic.dataset.graphic}"]`);
	const callouts = [...(layer?.querySelectorAll<HTMLElement>('[data-callout]') ?? [])].filter(
		(callout) => !callout.hidden,
	);
	for (const callout of callouts) {
		const box = callout.getBoundingClientRect();
		const covered =
			cardBox &&
			box.bottom > cardBox.top &&
			box.top < cardBox.bottom &&
			box.right > cardBox.left &&
			box.left < cardBox.right;
		if (covered) {
			problems.push(
				`callout ${callout.dataset.callout} (${Math.round(box.top)}–${Math.round(box.bottom)} px) is under the step card (from ${Math.round(cardBox.top)} px)`,
			);
		}
	}
	return problems;
}

/**
 * Runs in the page: where the labels of the graphic it shows (the map's) collide with one
 * another or leave their drawing. Boxes are the engine's own (one draws the halo into it,
 * another does not), so a collision must be more than 3 px deep either way to count.
 */
function labelProblems(): string[] {
	const graphic = document.querySelector<HTMLElement>('.scrolly__graphic');
	const layer = graphic?.querySelector(`[data-graphic-layer="${graphic.dataset.graphic}"]`);
	const shown = [...(layer?.querySelectorAll<SVGGElement>('svg [data-label]') ?? [])]
		.filter(
			(label) => label.getAttribute('display') !== 'none' && label.getAttribute('opacity') !== '0',
		)
		.map((label) => ({
			id: label.dataset.label!,
			box: label.querySelector('text')!.getBoundingClientRect(),
			drawing: label.closest('svg')!.getBoundingClientRect(),
		}));
	const problems: string[] = [];
	const slack = 3;
	for (const [index, { id, box, drawing }] of shown.entries()) {
		if (
			box.left < drawing.left - slack ||
			box.right > drawing.right + slack ||
			box.top < drawing.top - slack ||
			box.bottom > drawing.bottom + slack
		) {
			problems.push(`label ${id} leaves the map`);
		}
		for (const other of shown.slice(index + 1)) {
			const x = Math.min(box.right, other.box.right) - Math.max(box.left, other.box.left);
			const y = Math.min(box.bottom, other.box.bottom) - Math.max(box.top, other.box.top);
			if (x > slack && y > slack) problems.push(`label ${id} covers ${other.id}`);
		}
	}
	return problems;
}

eachViewport(() => {
	test('at every step nothing overflows sideways, the step card leaves the callouts clear, and map labels stay apart and inside the map', async ({
		tab,
		site,
	}) => {
		await tab.goto(site.url);
		// Where things end up, not how they get there: no waiting for each zoom and fade.
		await motionOff(tab);
		const problems: string[] = [];
		for (const step of await readSteps(tab)) {
			for (const arrival of ['scrolled', 'linked'] as const) {
				await arriveAt(tab, step, arrival);
				const found = [
					...(await tab.evaluate(layoutProblems)),
					...(await tab.evaluate(labelProblems)),
				];
				problems.push(...found.map((problem) => `${step.id} (${arrival}): ${problem}`));
			}
		}
		expect(problems).toEqual([]);
	});
});
