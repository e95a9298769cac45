import { describe, expect, test } from 'vitest';
import type { EntryInput } from '../../src/lib/content/check-story';
import { checkQuotations, findQuotations } from '../../src/lib/content/quotations';
import { storyEntries } from './story-content';

const ref = (collection: string, id: string) => ({ collection, id });
const quoted = (text: string) => findQuotations(text).quotations.map((quote) => quote.text);
const marks = (text: string) => findQuotations(text).unmatched.map((quote) => quote.text);

describe('findQuotations(text)', () => {
	test.each([
		['straight double quotes', 'He said "we do not know" and left.', ['"we do not know"']],
		['curly double quotes', 'He said “we do not know” and left.', ['“we do not know”']],
		['two quotations', '"One," she said, "two."', ['"One,"', '"two."']],
		['a quotation at the very start and end', '"All of it"', ['"All of it"']],
		['a curly single-quoted quotation', 'The ‘first time’ in combat.', ['‘first time’']],
		['a straight single-quoted quotation', "The 'first time' in combat.", ["'first time'"]],
		['a quotation over two lines', 'It "went\non" for days.', ['"went\non"']],
	])('finds %s', (_, text, expected) => {
		expect(quoted(text)).toEqual(expected);
		expect(marks(text)).toEqual([]);
	});

	test.each([
		['apostrophes, straight', "Russia's ministry and the ships' position"],
		['apostrophes, curly', 'Russia’s ministry, the ships’ position, don’t'],
		['an elided year', 'the ’90s'],
		['no quotation marks at all', 'Four ships fired 26 missiles.'],
	])('finds nothing in %s', (_, text) => {
		expect(quoted(text)).toEqual([]);
		expect(marks(text)).toEqual([]);
	});

	test.each([
		[
			'single quotes inside straight double',
			`"They said 'no' twice," he wrote.`,
			`"They said 'no' twice,"`,
		],
		[
			'single quotes inside curly double',
			'“They said ‘no’ twice,” he wrote.',
			'“They said ‘no’ twice,”',
		],
		['an apostrophe inside a quotation', '"Russia\'s ships," it said.', '"Russia\'s ships,"'],
		['double quotes inside single', '‘He said "no" twice’ was the line.', '‘He said "no" twice’'],
	])('keeps a nested quotation inside its outer one: %s', (_, text, expected) => {
		expect(quoted(text)).toEqual([expected]);
	});

	test.each([
		['a straight double quote', 'He said "we do not know and left.', '"we do not know and left.'],
		['a curly double quote', 'He said “we do not know and left.', '“we do not know and left.'],
		['a curly single quote', 'He said ‘we do not know and left.', '‘we do not know and left.'],
		['a curly closing quote', 'He said we do not know” and left.', '”'],
		['mixed marks', 'He said “we do not know" and left.', '“we do not know" and left.'],
	])('reports an unmatched quotation mark: %s', (_, text, unclosed) => {
		expect(marks(text)).toEqual([unclosed]);
	});
});

/** One section and one data entry of each kind, every quotation cited. */
function content(): EntryInput[] {
	return [
		{
			collection: 'story',
			id: '01-launch',
			file: 'content/story/01-launch.mdx',
			data: {
				title: 'The launch',
				steps: [{ id: 'ships', alt: 'A map of the sea.' }],
				sources: [ref('sources', 'wire')],
			},
			body: [
				'<Step id="ships">',
				'',
				'The minister said they hit "all targets".<Cite id="wire" />',
				'',
				"A paragraph with no quotation, only Russia's apostrophe.",
				'',
				'</Step>',
				'',
			].join('\n'),
		},
		{
			collection: 'events',
			id: 'launch',
			file: 'content/data/events.yaml',
			data: { title: 'An "object" falls', summary: 'It fell.', sources: [ref('sources', 'wire')] },
		},
		{
			collection: 'places',
			id: 'sea',
			file: 'content/data/places.yaml',
			data: { name: 'The sea', note: 'Where the ships were.' },
		},
		// A source's own headline is the source: its quotation marks need no citation.
		{
			collection: 'sources',
			id: 'wire',
			file: 'content/data/sources.yaml',
			data: { title: 'Ships fire at "targets"' },
		},
	];
}

const problems = (entries: EntryInput[]) =>
	checkQuotations(entries).map(({ file, field, message }) => `${file}: ${field}: ${message}`);

function change(entries: EntryInput[], id: string, edit: (entry: EntryInput) => void) {
	edit(entries.find((entry) => entry.id === id)!);
	return entries;
}

describe('checkQuotations(entries)', () => {
	test('passes content whose every quotation is cited where it stands', () => {
		expect(problems(content())).toEqual([]);
	});

	test('fails a quotation in a paragraph without a <Cite>, naming file, paragraph and words', () => {
		const entries = change(content(), '01-launch', (entry) => {
			entry.body = entry.body!.replace(
				"only Russia's apostrophe.",
				'only "a quotation" of its own.',
			);
		});
		expect(problems(entries)).toEqual([
			'content/story/01-launch.mdx: body paragraph 2: quotation "a quotation" is not cited: add a <Cite id="…" /> to its paragraph',
		]);
	});

	test('a <Cite> in another paragraph does not count', () => {
		const entries = change(content(), '01-launch', (entry) => {
			entry.body = entry.body!.replace(
				'"all targets".<Cite id="wire" />',
				'"all targets".\n\n<Cite id="wire" />',
			);
		});
		expect(problems(entries)).toEqual([
			'content/story/01-launch.mdx: body paragraph 1: quotation "all targets" is not cited: add a <Cite id="…" /> to its paragraph',
		]);
	});

	test('quotation marks inside tags (attribute values) are not quotations', () => {
		const entries = change(content(), '01-launch', (entry) => {
			entry.body += '\n<Step id="other">\n\nNo quotation here.\n\n</Step>\n';
		});
		expect(problems(entries)).toEqual([]);
	});

	test('fails a quotation in a data entry that lists no sources, naming entry and field', () => {
		const entries = change(content(), 'sea', (entry) => {
			(entry.data as { note: string }).note = 'Where “the ships” were.';
		});
		expect(problems(entries)).toEqual([
			'content/data/places.yaml: sea.note: quotation “the ships” is not cited: the entry lists no sources',
		]);
	});

	test('fails a quotation in a section’s frontmatter when the section lists no sources', () => {
		const entries = change(content(), '01-launch', (entry) => {
			const data = entry.data as { steps: { alt: string }[]; sources: unknown[] };
			data.steps[0]!.alt = 'A map of "the sea".';
			data.sources = [];
		});
		expect(problems(entries)).toContain(
			'content/story/01-launch.mdx: steps[0].alt: quotation "the sea" is not cited: the entry lists no sources',
		);
	});

	test('fails an unclosed quotation mark even where the entry is cited', () => {
		const entries = change(content(), 'launch', (entry) => {
			(entry.data as { title: string }).title = 'An “object falls';
		});
		expect(problems(entries)).toEqual([
			'content/data/events.yaml: launch.title: quotation mark never closed: “object falls',
		]);
	});

	test('shortens a long quotation in the message', () => {
		const long = `"${'word '.repeat(30).trim()}"`;
		const entries = change(content(), 'sea', (entry) => {
			(entry.data as { note: string }).note = long;
		});
		const [message] = problems(entries);
		expect(message).toMatch(/quotation "word word [a-z ]*… is not cited/);
		expect(message!.length).toBeLessThan(long.length);
	});
});

describe('the story in content/', () => {
	const entries = storyEntries();

	test('quotes, and every quotation is cited where it stands', () => {
		const found = entries.flatMap((entry) => findQuotations(entry.body ?? '').quotations);
		expect(found.length).toBeGreaterThan(0);
		expect(problems(entries)).toEqual([]);
	});
});
