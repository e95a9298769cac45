/**
 * No quotation may lose its source: every run of words between quotation marks, in a
 * section's text or in a data entry, must stand where a source is cited — in the same paragraph
 * of a section's text (a `<Cite>`), or in the same data entry (its `sources`). Pure: entries in,
 * problems out; check-story.ts runs it with the other cross-file checks.
 */
import type { EntryInput, Problem } from './check-story';

/** Words between quotation marks, marks included, and where they start in the text. */
export interface Quotation {
	text: string;
	index: number;
}

/** What a text's quotation marks enclose, and the marks that pair with nothing. */
export interface QuotationScan {
	quotations: Quotation[];
	/** An opening mark that never closes (from it to the end), or a lone closing mark. */
	unmatched: Quotation[];
}

type Mark = 'straight' | 'curly' | 'single';

const LETTER = /[\p{L}\p{N}]/u;
// Where a straight ' opens a quotation: at the start, or after a space, bracket or dash. Anywhere
// else (Russia's, ships' ) it is an apostrophe.
const BEFORE_OPENING = /[\s([{—–-]/u;

/**
 * Finds the quotations in plain text: "straight" and “curly” double quotes, and single-quoted
 * ones (‘…’, or '…' where the ' opens a word). Marks inside a quotation (nested quotes,
 * apostrophes) belong to it; an apostrophe outside one (Russia's, don’t, the ’90s) is no mark.
 */
export function findQuotations(text: string): QuotationScan {
	const quotations: Quotation[] = [];
	const unmatched: Quotation[] = [];
	let open: { mark: Mark; index: number } | undefined;

	for (let index = 0; index < text.length; index++) {
		const char = text[index]!;
		const next = text[index + 1] ?? '';
		if (!open) {
			if (char === '"') open = { mark: 'straight', index };
			else if (char === '“') open = { mark: 'curly', index };
			else if (char === '‘' || (char === "'" && opensWord(text, index))) {
				open = { mark: 'single', index };
			} else if (char === '”') unmatched.push({ text: char, index });
			continue;
		}
		const closes =
			open.mark === 'straight'
				? char === '"'
				: open.mark === 'curly'
					? char === '”'
					: (char === '’' || char === "'") && !LETTER.test(next);
		if (closes) {
			quotations.push({ text: text.slice(open.index, index + 1), index: open.index });
			open = undefined;
		}
	}
	if (open) unmatched.push({ text: text.slice(open.index), index: open.index });
	return { quotations, unmatched };
}

function opensWord(text: string, index: number): boolean {
	const before = text[index - 1];
	return (
		(before === undefined || BEFORE_OPENING.test(before)) && LETTER.test(text[index + 1] ?? '')
	);
}

/** Returns a problem for every quotation not cited where it stands, and every unmatched mark. */
export function checkQuotations(entries: readonly EntryInput[]): Problem[] {
	return entries.flatMap((entry) => {
		// A source's own fields (its headline) are the source itself.
		if (entry.collection === 'sources') return [];
		const problems: Problem[] = [];
		const cited = citesSources(entry);
		for (const { path, text } of strings(entry.data)) {
			const field = entry.collection === 'story' ? path : `${entry.id}.${path}`;
			problems.push(...judge(entry.file, field, text, cited, 'the entry lists no sources'));
		}
		paragraphs(entry.body ?? '').forEach(({ text, cites }, index) => {
			const field = `body paragraph ${index + 1}`;
			const fix = 'add a <Cite id="…" /> to its paragraph';
			problems.push(...judge(entry.file, field, text, cites, fix));
		});
		return problems;
	});
}

function judge(file: string, field: string, text: string, cited: boolean, fix: string): Problem[] {
	const { quotations, unmatched } = findQuotations(text);
	return [
		...unmatched.map((mark) => ({
			file,
			field,
			message:
				mark.text === '”'
					? 'closing quotation mark ” with no opening “'
					: `quotation mark never closed: ${excerpt(mark.text)}`,
		})),
		...(cited
			? []
			: quotations.map((quote) => ({
					file,
					field,
					message: `quotation ${excerpt(quote.text)} is not cited: ${fix}`,
				}))),
	];
}

function excerpt(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

interface Ref {
	collection: string;
	id: string;
}
const isRef = (value: unknown): value is Ref =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as Ref).collection === 'string' &&
	typeof (value as Ref).id === 'string';

/** Whether an entry's data names a source anywhere (an event's or a section's `sources`). */
function citesSources(entry: EntryInput): boolean {
	const visit = (value: unknown): boolean => {
		if (isRef(value)) return value.collection === 'sources';
		if (Array.isArray(value)) return value.some(visit);
		if (typeof value === 'object' && value !== null) return Object.values(value).some(visit);
		return false;
	};
	return visit(entry.data);
}

/** Every string in an entry's data with its path (`steps[0].alt`), references left out. */
function strings(value: unknown, path = ''): { path: string; text: string }[] {
	if (typeof value === 'string') return [{ path, text: value }];
	if (Array.isArray(value))
		return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
	if (typeof value !== 'object' || value === null || isRef(value)) return [];
	return Object.entries(value).flatMap(([key, item]) =>
		strings(item, path ? `${path}.${key}` : key),
	);
}

// What in MDX is markup, not prose: comments, expressions, tags (their attribute values are
// quoted), link targets (a link title is quoted) and code.
const MARKUP = [
	/<!--[\s\S]*?-->/g,
	/\{[^{}]*\}/g,
	/<\/?[A-Za-z][^>]*>/g,
	/\]\([^)]*\)/g,
	/`[^`]*`/g,
];
const ESM = /^(import|export)\s/;

/** The prose paragraphs of an MDX body (blocks between blank lines), each with whether it cites. */
function paragraphs(body: string): { text: string; cites: boolean }[] {
	return body
		.split(/\n[ \t]*\n/)
		.filter((block) => !ESM.test(block.trim()))
		.map((block) => ({
			text: MARKUP.reduce((text, pattern) => text.replace(pattern, ' '), block).trim(),
			cites: /<Cite\b/.test(block),
		}))
		.filter((paragraph) => paragraph.text !== '');
}
