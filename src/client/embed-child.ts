/**
 * Runs inside an embed page: reports bad options once each, and tells the parent page how tall
 * the chart is whenever that changes, in our message format and in pym.js's.
 */
import { heightMessage, pymHeightMessage } from '../lib/embed/messages';
import { parseEmbedOptions } from '../lib/embed/options';
import { reservedHeight } from '../lib/embed/reserve';

const query = new URLSearchParams(location.search);
const { options, warnings } = parseEmbedOptions(location.search);
for (const warning of warnings) console.warn(warning);
const chart = document.body.dataset.chart ?? '';

if (window.parent !== window) {
	const pymId = query.get('childId');
	let reported = 0;
	// Never shorter than the loader's reservation at this width: the host page keeps still. Set
	// on resize, not in the observer: resizing what it observes from its own callback is the
	// "ResizeObserver loop" error that every engine reports.
	const keepFloor = () => {
		const floor = `${reservedHeight(chart, innerWidth, options.caption)}px`;
		if (document.body.style.minHeight !== floor) document.body.style.minHeight = floor;
	};
	keepFloor();
	addEventListener('resize', keepFloor);
	new ResizeObserver(() => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === reported) return;
		reported = height;
		// '*': the host's origin is unknown to us, and a height is nothing secret.
		window.parent.postMessage(heightMessage(height), '*');
		if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), '*');
	}).observe(document.body);
}
