import { describe, expect, test } from 'vitest';
import {
	checkStory,
	formatProblem,
	sectionAnchor,
	type EntryInput,
} from '../../src/lib/content/check-story';
import { storyEntries } from './story-content';

const ref = (collection: string, id: string) => ({ collection, id });

/** A small, consistent story: one section, one source, one scene, one event. */
function story(): EntryInput[] {
	return [
		{
			collection: 'story',
			id: '02-caspian',
			file: 'content/story/02-caspian.mdx',
			data: {
				steps: [
					{ id: 'ships', scene: ref('scenes', 'launch'), events: [ref('events', 'launch')] },
					{ id: 'route', scene: ref('scenes', 'launch'), events: [] },
				],
				sources: [ref('sources', 'cnn')],
			},
			body: '<Step id="ships">\nFour ships.<Cite id="cnn" />\n</Step>\n\n<Step id="route">\nRoute.\n</Step>\n',
		},
		{ collection: 'sources', id: 'cnn', file: 'content/data/sources.yaml', data: {} },
		{ collection: 'scenes', id: 'launch', file: 'content/data/scenes.yaml', data: { focus: [] } },
		{
			collection: 'events',
			id: 'launch',
			file: 'content/data/events.yaml',
			data: { sources: [ref('sources', 'cnn')] },
		},
	];
}

const messages = (entries: EntryInput[]) => checkStory(entries).map(formatProblem);

function edit(
	entries: EntryInput[],
	id: string,
	change: (entry: EntryInput) => void,
	collection = 'story',
) {
	change(entries.find((entry) => entry.collection === collection && entry.id === id)!);
	return entries;
}

describe('checkStory(entries)', () => {
	test('finds nothing wrong with consistent content', () => {
		expect(messages(story())).toEqual([]);
	});

	test('names the file and field of an unknown source id in frontmatter', () => {
		const entries = edit(story(), '02-caspian', (entry) => {
			(entry.data as { sources: unknown[] }).sources.push(ref('sources', 'nope'));
		});
		expect(messages(entries)).toContain(
			'content/story/02-caspian.mdx: sources[1]: unknown source id "nope"',
		);
	});

	test('names an unknown scene in a step', () => {
		const entries = edit(story(), '02-caspian', (entry) => {
			(entry.data as { steps: { scene: unknown }[] }).steps[1]!.scene = ref('scenes', 'moon');
		});
		expect(messages(entries)).toEqual([
			'content/story/02-caspian.mdx: steps[1].scene: unknown scene id "moon"',
		]);
	});

	test('names an unknown source in a data file', () => {
		const entries = edit(
			story(),
			'launch',
			(entry) => {
				entry.data = { sources: [ref('sources', 'gone')] };
			},
			'events',
		);
		expect(messages(entries)).toContain(
			'content/data/events.yaml: launch.sources[0]: unknown source id "gone"',
		);
	});

	test('names a <Cite> of an unknown source, and one not listed in the frontmatter', () => {
		const entries = story();
		entries.push({ collection: 'sources', id: 'ap', file: 'content/data/sources.yaml', data: {} });
		edit(entries, '02-caspian', (entry) => {
			entry.body += '<Cite id="bbc" /> <Cite id="ap" />';
		});
		expect(messages(entries)).toEqual([
			'content/story/02-caspian.mdx: body <Cite id="bbc">: unknown source id "bbc"',
			'content/story/02-caspian.mdx: body <Cite id="ap">: source "ap" is cited but not listed in sources',
		]);
	});

	test('a step id used in two sections is reported in the second file', () => {
		const entries = story();
		entries.push({
			collection: 'story',
			id: '03-iran',
			file: 'content/story/03-iran.mdx',
			data: {
				steps: [{ id: 'ships', scene: ref('scenes', 'launch') }],
				sources: [ref('sources', 'cnn')],
			},
			body: '<Step id="ships"><Cite id="cnn"/></Step>',
		});
		expect(messages(entries)).toEqual([
			'content/story/03-iran.mdx: steps[0].id: id "ships" is already used by content/story/02-caspian.mdx',
		]);
	});

	test('a step id may not take an anchor the page uses', () => {
		const entries = edit(story(), '02-caspian', (entry) => {
			(entry.data as { steps: { id: string }[] }).steps[0]!.id = 'sources';
			entry.body = entry.body!.replace('"ships"', '"sources"');
		});
		expect(messages(entries)).toContain(
			'content/story/02-caspian.mdx: steps[0].id: id "sources" is already used by the page',
		);
	});

	test.each([
		[
			'a declared step missing from the text',
			(body: string) => body.replace(/<Step id="route">[\s\S]*?<\/Step>/, ''),
			'content/story/02-caspian.mdx: steps[1].id: step "route" has no <Step id="route"> in the text',
		],
		[
			'a <Step> in the text that is not declared',
			(body: string) => `${body}<Step id="extra">x</Step>`,
			'content/story/02-caspian.mdx: body <Step id="extra">: step "extra" is not declared in steps',
		],
		[
			'a <Step> without an id',
			(body: string) => `${body}<Step>x</Step>`,
			'content/story/02-caspian.mdx: body <Step>: <Step> needs an id="…" attribute',
		],
		[
			'steps in a different order',
			(body: string) =>
				'<Step id="route">Route.</Step>' + body.replace(/<Step id="route">[\s\S]*?<\/Step>/, ''),
			'content/story/02-caspian.mdx: steps: steps are listed in a different order than they appear in the text',
		],
		[
			'a listed source that the text never cites',
			(body: string) => body.replace('<Cite id="cnn" />', ''),
			'content/story/02-caspian.mdx: sources[0]: source "cnn" is listed but never cited in the text',
		],
	])('reports %s', (_, change, message) => {
		const entries = edit(story(), '02-caspian', (entry) => {
			entry.body = change(entry.body!);
		});
		expect(messages(entries)).toContain(message);
	});

	test('reports a source that nothing cites', () => {
		const entries = story();
		entries.push({
			collection: 'sources',
			id: 'orphan',
			file: 'content/data/sources.yaml',
			data: {},
		});
		expect(messages(entries)).toEqual([
			'content/data/sources.yaml: orphan: source is never cited; cite it or remove it',
		]);
	});
});

describe('sectionAnchor(entryId)', () => {
	test.each([
		['02-caspian-launch', 'caspian-launch'],
		['10_nato', 'nato'],
		['epilogue', 'epilogue'],
	])('%s → %s', (id, anchor) => {
		expect(sectionAnchor(id)).toBe(anchor);
	});
});

describe('checkStory: scenes chosen by id', () => {
	test("the article's card must name a scene", () => {
		const entries = [
			...story(),
			{ collection: 'article', id: 'a', file: 'content/data/article.yaml', data: { card: 'nope' } },
		];
		expect(messages(entries)).toContain('content/data/article.yaml: card: unknown scene id "nope"');
		entries[entries.length - 1]!.data = { card: 'launch' };
		expect(messages(entries)).toEqual([]);
	});

	test('only one scene of a kind can be its overview', () => {
		const scene = (id: string) => ({
			collection: 'scenes',
			id,
			file: 'content/data/scenes.yaml',
			data: { graphic: 'map', overview: true },
		});
		const entries = [...story(), scene('first'), scene('second')];
		expect(messages(entries)).toContain(
			'content/data/scenes.yaml: second.overview: only one map scene can be the overview; first already is',
		);
	});
});

describe('checkStory on the story in content/', () => {
	test('finds nothing wrong', () => {
		expect(messages(storyEntries())).toEqual([]);
	});

	test('includes the quotation check', () => {
		const entries = edit(story(), '02-caspian', (entry) => {
			entry.body += '\n\nHe said "no".\n';
		});
		expect(messages(entries)).toEqual([
			'content/story/02-caspian.mdx: body paragraph 3: quotation "no" is not cited: add a <Cite id="…" /> to its paragraph',
		]);
	});
});
