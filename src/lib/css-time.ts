/** Milliseconds in a CSS time (`600ms`, `0.6s`, ` 1ms `); 0 for anything else, such as ''. */
export function cssTimeMs(value: string): number {
	const text = value.trim();
	const number = Number.parseFloat(text);
	if (!Number.isFinite(number) || !/(ms|s)$/.test(text)) return 0;
	return text.endsWith('ms') ? number : number * 1000;
}
