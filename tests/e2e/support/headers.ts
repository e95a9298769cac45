/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share) so the tests can serve
 * pages with the headers a host that reads it would send. The parser is the preview server's
 * (tools/lib/headers-file.mjs), so what the tests expect is what `npm start` sends.
 */
export {
	headersFor,
	parseHeadersFile,
	patternMatches,
	type HeaderRule,
} from '../../../tools/lib/headers-file.mjs';

/** Splits a policy into its directives: `{ 'script-src': ["'self'", "'sha256-…'"] }`. */
export function parseCsp(policy: string): Record<string, string[]> {
	const directives: Record<string, string[]> = {};
	for (const part of policy.split(';')) {
		const [name, ...values] = part.trim().split(/\s+/);
		if (name) directives[name.toLowerCase()] = values;
	}
	return directives;
}
