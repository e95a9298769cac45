/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) so the tests can serve
 * pages with the headers a host that reads it would send.
 */

/** One rule: a path pattern and the headers it sets. */
export interface HeaderRule {
	pattern: string;
	headers: [name: string, value: string][];
}

/** Parses `_headers`: a path line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
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

/** Whether a rule's pattern matches a URL path: `*` matches anything, `:name` one segment. */
export function patternMatches(pattern: string, path: string): boolean {
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

/** The headers sent for a path: every matching rule's, with the names of any set twice. */
export function headersFor(rules: HeaderRule[], path: string) {
	const headers: Record<string, string> = {};
	const repeated: string[] = [];
	for (const rule of rules.filter((candidate) => patternMatches(candidate.pattern, path))) {
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			if (key in headers) repeated.push(name);
			headers[key] = value;
		}
	}
	return { headers, repeated };
}

/** Splits a policy into its directives: `{ 'script-src': ["'self'", "'sha256-…'"] }`. */
export function parseCsp(policy: string): Record<string, string[]> {
	const directives: Record<string, string[]> = {};
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives[name.toLowerCase()] = values;
	}
	return directives;
}
