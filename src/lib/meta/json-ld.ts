/**
 * Serialises structured data for a `<script type="application/ld+json">` element. Every `<` is
 * escaped so no value (a headline quoting "</script>") can end the element early.
 */
export function jsonLd(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
