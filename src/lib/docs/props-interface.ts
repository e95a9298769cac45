/**
 * The `interface Props { … }` block of an Astro component's source, verbatim, or undefined if
 * there is none. The gallery shows it so reusers read the real, current props and their docs.
 */
export function propsInterface(source: string): string | undefined {
	const start = source.search(/^(export )?interface Props\b/m);
	if (start < 0) return undefined;
	let depth = 0;
	for (let index = source.indexOf('{', start); index < source.length; index += 1) {
		if (source[index] === '{') depth += 1;
		if (source[index] === '}' && (depth -= 1) === 0) return source.slice(start, index + 1);
	}
	return undefined;
}
