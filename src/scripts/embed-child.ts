/**
 * Runs inside an embed page: reports bad options once each, and tells the parent page how tall
 * the chart is whenever that changes, in our message format and in pym.js's.
 */
import { heightMessage, pymHeightMessage } from '../lib/embed/messages';
import { parseEmbedOptions } from '../lib/embed/options';

const query = new URLSearchParams(location.search);
for (const warning of parseEmbedOptions(location.search).warnings) console.warn(warning);

if (window.parent !== window) {
	const pymId = query.get('childId');
	let reported = 0;
	new ResizeObserver(() => {
		const height = Math.ceil(document.body.getBoundingClientRect().height);
		if (height === reported) return;
		reported = height;
		// '*': the host's origin is unknown to us, and a height is nothing secret.
		window.parent.postMessage(heightMessage(height), '*');
		if (pymId) window.parent.postMessage(pymHeightMessage(pymId, height), '*');
	}).observe(document.body);
}
