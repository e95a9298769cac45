/**
 * What a story section's MDX may contain. MDX is a program: raw HTML goes into the page as it
 * is, `{…}` expressions and `import`/`export` run at build time with the file system and the
 * environment at hand, and a `javascript:` link runs when clicked. The page's security policy
 * stops some of that in the browser, after the fact and silently; the build refuses it instead,
 * naming the file, the line and what it found.
 *
 * Allowed: Markdown; the story's own components (`<Step>`, `<Cite>`: the ones the page passes
 * to `<Content components>`); a few inline HTML elements that carry no URL and run nothing,
 * with a few plain attributes; `{…}` holding only a comment or a plain string or number; links
 * to http(s), mailto and tel URLs and to this site; images from this site. Everything else fails.
 *
 * The check reads the tree that satteri (the MDX parser Astro uses) builds, so it sees the file
 * exactly as the build does, and acorn parses expressions; nothing is matched with regexes.
 */
import { parse as parseScript } from 'acorn';
import { sanitizeUri } from 'micromark-util-sanitize-uri';
import { mdxToMdast } from 'satteri';

/** The components the story page passes to each section (src/pages/index.astro). */
export const STORY_COMPONENTS = ['Step', 'Cite'] as const;

/**
 * Inline HTML elements a section may use as they are: text-level semantics with no URL, no
 * script, no form and no embedded content.
 */
export const ALLOWED_ELEMENTS = [
	'abbr',
	'b',
	'bdi',
	'bdo',
	'br',
	'cite',
	'code',
	'data',
	'del',
	'dfn',
	'em',
	'i',
	'ins',
	'kbd',
	'mark',
	'q',
	's',
	'samp',
	'small',
	'span',
	'strong',
	'sub',
	'sup',
	'time',
	'u',
	'var',
	'wbr',
] as const;

/** Attributes those elements may have: none of them is a URL, a style or a handler. */
export const ALLOWED_ATTRIBUTES = ['title', 'lang', 'dir', 'datetime', 'value', 'translate'];

/** Elements that load or run something, named in the message as such. */
const ACTIVE = new Set([
	'script',
	'iframe',
	'frame',
	'object',
	'embed',
	'style',
	'link',
	'meta',
	'base',
]);

/** One thing the policy refuses, where it is in the file (1-based). */
export interface Finding {
	line: number;
	column: number;
	message: string;
}

/**
 * A parsed section: its frontmatter's text (undefined when it has none), the MDX after it, and
 * what the policy refused.
 */
export interface CheckedMdx {
	frontmatter: string | undefined;
	body: string;
	findings: Finding[];
}

interface Point {
	line: number;
	column: number;
}

interface Attribute {
	type: string;
	name?: string;
	value?: string | null | { type: string; value: string };
}

interface MdxNode {
	type: string;
	name?: string | null;
	value?: unknown;
	url?: string;
	attributes?: Attribute[];
	children?: MdxNode[];
	position?: { start: Point; end?: Point & { offset?: number } };
}

/** Parses one section's MDX source (frontmatter included) and checks it against the policy. */
export function checkMdx(
	source: string,
	components: readonly string[] = STORY_COMPONENTS,
): CheckedMdx {
	let tree: MdxNode;
	try {
		tree = mdxToMdast(source) as MdxNode;
	} catch (error) {
		// satteri reports where parsing stopped as `line:column: message`.
		const message = error instanceof Error ? error.message : String(error);
		const [, line = '1', column = '1', rest = message] =
			/^(\d+):(\d+):\s*(.*)$/s.exec(message) ?? [];
		return {
			frontmatter: undefined,
			body: source,
			findings: [{ line: Number(line), column: Number(column), message: `MDX syntax: ${rest}` }],
		};
	}
	const findings: Finding[] = [];
	const yaml = tree.children?.find((child) => child.type === 'yaml');
	walk(tree, (node) => findings.push(...checkNode(node, components)));
	return {
		frontmatter: typeof yaml?.value === 'string' ? yaml.value : undefined,
		body: source.slice(yaml?.position?.end?.offset ?? 0).trim(),
		findings,
	};
}

function walk(node: MdxNode, visit: (node: MdxNode) => void) {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

function checkNode(node: MdxNode, components: readonly string[]): Finding[] {
	const at = node.position?.start ?? { line: 1, column: 1 };
	const found = (message: string): Finding => ({ line: at.line, column: at.column, message });
	switch (node.type) {
		case 'mdxjsEsm':
			return [found('import and export are not allowed: a section cannot load code or files')];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return isPlainLiteral(String(node.value ?? ''))
				? []
				: [found(`the expression {${clip(String(node.value))}} is not allowed: ${LITERALS}`)];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return checkElement(node, components).map(found);
		case 'html':
			return [found(`raw HTML is not allowed: ${clip(String(node.value))}`)];
		case 'link':
		case 'definition':
			return unsafeLink(node.url ?? '')
				? [found(`the link "${clip(node.url!)}" is not allowed: ${LINKS}`)]
				: [];
		case 'image':
			return unsafeImage(node.url ?? '')
				? [found(`the image "${clip(node.url!)}" is not allowed: images must come from this site`)]
				: [];
		default:
			return [];
	}
}

const LITERALS = '{…} may hold only a comment, or a plain string or number';
const LINKS = 'links may go to http(s), mailto and tel URLs, or to this site';

function checkElement(node: MdxNode, components: readonly string[]): string[] {
	const name = node.name;
	if (!name) return checkAttributes(node, '<>', undefined);
	const tag = `<${name}>`;
	if (/^[A-Z]/.test(name) || /[.:]/.test(name)) {
		if (components.includes(name)) return checkAttributes(node, tag, undefined);
		return [
			`${tag} is not a component the story provides (it may use ${components.map((c) => `<${c}>`).join(', ')})`,
		];
	}
	if (ACTIVE.has(name.toLowerCase())) {
		return [`${tag} is not allowed: a section cannot load or run anything`];
	}
	if (!(ALLOWED_ELEMENTS as readonly string[]).includes(name)) {
		return [
			`raw HTML ${tag} is not allowed; use Markdown, or one of ${ALLOWED_ELEMENTS.map((e) => `<${e}>`).join(' ')}`,
		];
	}
	return checkAttributes(node, tag, ALLOWED_ATTRIBUTES);
}

/** Attribute rules: no spreads, handlers, styles or unsafe URLs; `allowed` limits the names. */
function checkAttributes(
	node: MdxNode,
	tag: string,
	allowed: readonly string[] | undefined,
): string[] {
	const problems: string[] = [];
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
			problems.push(`${tag}: spread attributes {…} are not allowed`);
			continue;
		}
		const { name, value } = attribute;
		const where = `${tag}: the attribute ${name}`;
		if (/^on/i.test(name)) {
			problems.push(`${where} is not allowed: event handlers cannot run in the page`);
		} else if (name.toLowerCase() === 'style') {
			problems.push(`${where} is not allowed: styles belong in the stylesheets`);
		} else if (allowed && !allowed.includes(name)) {
			problems.push(`${where} is not allowed (allowed: ${allowed.join(', ')})`);
		} else if (typeof value === 'object' && value !== null) {
			if (!isPlainLiteral(value.value))
				problems.push(`${where}={${clip(value.value)}} is not allowed: ${LITERALS}`);
		} else if (typeof value === 'string' && unsafeScheme(value)) {
			problems.push(`${where}="${clip(value)}" is not allowed: it is a ${unsafeScheme(value)} URL`);
		}
	}
	return problems;
}

/** Whether `code` is empty, a comment, or a single plain string or number literal. */
function isPlainLiteral(code: string): boolean {
	let program;
	try {
		program = parseScript(code, { ecmaVersion: 'latest', sourceType: 'module' });
	} catch {
		return false;
	}
	if (program.body.length === 0) return true;
	const [statement] = program.body;
	if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return false;
	const { expression } = statement;
	return (
		expression.type === 'Literal' &&
		(typeof expression.value === 'string' || typeof expression.value === 'number')
	);
}

// The schemes a browser runs or inlines rather than navigates to.
const RUNNABLE = ['javascript', 'vbscript', 'data', 'file', 'blob'];

/** The scheme of a URL if it is one a browser would run or inline, else undefined. */
function unsafeScheme(url: string): string | undefined {
	// Browsers drop tabs, newlines and leading spaces or controls before reading the scheme.
	const cleaned = url.replace(/[\u0000-\u0020]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
	return scheme && RUNNABLE.includes(scheme) ? scheme : undefined;
}

function unsafeLink(url: string): boolean {
	return (
		unsafeScheme(url) !== undefined ||
		(url !== '' && sanitizeUri(url, /^(https?|mailto|tel)$/i) === '')
	);
}

function unsafeImage(url: string): boolean {
	return unsafeScheme(url) !== undefined || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url.trim());
}

function clip(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}
