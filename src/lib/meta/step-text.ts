/**
 * The words of each `<Step>` in a section's MDX, as plain text, for the step's share page (its
 * description and its preview text). Read from the tree satteri builds, the MDX parser Astro
 * uses, with the same smart punctuation as Astro's default (`markdown.smartypants`: curly
 * quotes, dashes, ellipses), so the text is what the page shows; citation markers and markup
 * are left out.
 */
import { mdxToMdast } from 'satteri';

interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	attributes?: { name?: string; value?: unknown }[];
	children?: Node[];
}

/** Components whose content is not prose: a `<Cite>` renders as a number. */
const SKIPPED = new Set(['Cite']);
/** Markdown blocks whose text is set apart from the next one's by a space. */
const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell']);

/** A JSX attribute or expression's value when it is a plain string or number, else undefined. */
function literal(value: unknown): string | undefined {
	if (typeof value === 'string') return value;
	const source = (value as { value?: unknown } | null)?.value;
	if (typeof source !== 'string') return undefined;
	try {
		const parsed: unknown = JSON.parse(source);
		return typeof parsed === 'string' || typeof parsed === 'number' ? String(parsed) : undefined;
	} catch {
		return undefined;
	}
}

function textOf(node: Node): string {
	if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
	if (node.type === 'break') return ' ';
	if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression') {
		return literal({ value: node.value }) ?? '';
	}
	if (node.name && SKIPPED.has(node.name)) return '';
	const inner = (node.children ?? []).map(textOf).join('');
	return BLOCKS.has(node.type) ? ` ${inner} ` : inner;
}

/** Every `<Step id>` of an MDX source with its text, whitespace collapsed, in order. */
export function stepTexts(source: string, smartPunctuation = true): Map<string, string> {
	const steps = new Map<string, string>();
	const visit = (node: Node) => {
		if (node.type === 'mdxJsxFlowElement' && node.name === 'Step') {
			const id = literal(node.attributes?.find((attribute) => attribute.name === 'id')?.value);
			if (id) steps.set(id, textOf(node).replace(/\s+/g, ' ').trim());
			return;
		}
		node.children?.forEach(visit);
	};
	visit(mdxToMdast(source, { features: { smartPunctuation }, position: false }) as Node);
	return steps;
}

/**
 * The start of a text, at most `max` characters: whole sentences where at least one fits,
 * else cut at a word with an ellipsis.
 */
export function excerpt(text: string, max = 200): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max + 1);
	const sentences = [...head.matchAll(/[.!?]["”’)]?(?=\s)/g)].map((m) => m.index + m[0].length);
	const end = sentences.filter((index) => index <= max).at(-1);
	if (end !== undefined && end >= max / 3) return text.slice(0, end);
	const space = head.lastIndexOf(' ', max - 1);
	return `${text.slice(0, space > 0 ? space : max - 1).replace(/[\s,;:–—-]+$/, '')}…`;
}
