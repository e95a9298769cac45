/**
 * Reads a `_headers` file, the format Netlify and Cloudflare Pages share: a path pattern on its
 * own line, then indented `Name: value` lines. The preview server sends what it says, so a page
 * previewed locally gets the headers a host that reads the file would send; the tests read it
 * with the same functions.
 */

/** @typedef {{ pattern: string, headers: [name: string, value: string][] }} HeaderRule */

/**
 * Parses `_headers`; `#` starts a comment.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	for (const raw of text.split('\n')) {
		const line = raw.replace(/\s+$/, '');
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const rule = rules.at(-1);
		const colon = line.indexOf(':');
		if (!rule || colon < 0) throw new Error(`_headers: cannot read "${line.trim()}"`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

/**
 * Whether a rule's pattern matches a URL path: `*` matches anything, `:name` one segment.
 * @param {string} pattern
 * @param {string} path
 */
export function patternMatches(pattern, path) {
	const source = pattern
		.split(/(\*|:[a-z]+)/i)
		.map((part) =>
			part === '*'
				? '.*'
				: part.startsWith(':')
					? '[^/]+'
					: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers sent for a path: every matching rule's, by lower-case name, with the names of any
 * set twice (hosts disagree on what a repeated header means).
 * @param {HeaderRule[]} rules
 * @param {string} path
 */
export function headersFor(rules, path) {
	/** @type {Record<string, string>} */
	const headers = {};
	/** @type {string[]} */
	const repeated = [];
	for (const rule of rules.filter((candidate) => patternMatches(candidate.pattern, path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			if (key in headers) repeated.push(name);
			headers[key] = value;
		}
	}
	return { headers, repeated };
}
