/**
 * The real content/ folder, read as the build reads it (YAML 1.2, each collection's schema, a
 * stand-in for `reference()`), as the entries the cross-file checks take.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import type { EntryInput } from '../../src/lib/content/check-story';
import { ArticleSchema } from '../../src/schemas/article';
import { ClaimSchema, QuestionSchema } from '../../src/schemas/claim';
import { EventSchema } from '../../src/schemas/event';
import { PlaceSchema } from '../../src/schemas/place';
import { SceneSchema } from '../../src/schemas/scene';
import { SectionSchema } from '../../src/schemas/section';
import { SourceSchema } from '../../src/schemas/source';
import { reference } from './fixtures';

const DATA: [collection: string, schema: z.ZodType][] = [
	['article', ArticleSchema],
	['sources', SourceSchema],
	['places', PlaceSchema],
	['events', EventSchema(reference)],
	['claims', ClaimSchema(reference)],
	['questions', QuestionSchema(reference)],
	['scenes', SceneSchema(reference)],
];

const FILE_NAME: Record<string, string> = { article: 'article' };

/** Every entry of content/, sections with their MDX body. */
export function storyEntries(): EntryInput[] {
	const data = DATA.flatMap(([collection, schema]) => {
		const file = `content/data/${FILE_NAME[collection] ?? collection}.yaml`;
		const parsed = parse(readFileSync(file, 'utf8')) as unknown;
		// A data file is a list of entries with ids, or (article.yaml) a map from id to entry.
		const raw = Array.isArray(parsed)
			? (parsed as { id: string }[]).map(({ id, ...rest }) => [id, rest] as const)
			: Object.entries(parsed as Record<string, unknown>);
		return raw.map(([id, entry]) => ({ collection, id, file, data: schema.parse(entry) }));
	});
	const sections = readdirSync('content/story')
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => {
			const file = `content/story/${name}`;
			const [, frontmatter = '', body = ''] = readFileSync(file, 'utf8').split(/^---$/m);
			return {
				collection: 'story',
				id: name.replace(/\.mdx$/, ''),
				file,
				data: SectionSchema(reference).parse(parse(frontmatter)),
				body,
			};
		});
	return [...sections, ...data];
}
