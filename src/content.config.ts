import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { assertContent } from './story/check-files';
import { ArticleSchema } from './story/schemas/article';
import { ClaimSchema, QuestionSchema } from './story/schemas/claim';
import { EventSchema } from './story/schemas/event';
import { PlaceSchema } from './story/schemas/place';
import { SceneSchema } from './story/schemas/scene';
import { SectionSchema } from './story/schemas/section';
import { SourceSchema } from './story/schemas/source';

// CONTENT_DIR lets the bad-input tests build a broken copy of the content without touching ours.
const root = process.env.CONTENT_DIR ?? 'content';

// Before any loader runs: Astro's loaders skip or half-read what is broken (see check-files.ts),
// so every file is checked here first, and a problem fails the build with its file named.
assertContent(root);

// YAML 1.2 (the `yaml` package's default) has no implicit timestamps, so dates stay strings and
// a malformed one fails validation instead of being rolled over into a different real date.
const data = (name: string) => file(`${root}/data/${name}.yaml`, { parser: (text) => parse(text) });

export const collections = {
	article: defineCollection({ loader: data('article'), schema: ArticleSchema }),
	story: defineCollection({
		loader: glob({ pattern: '*.mdx', base: `${root}/story` }),
		schema: SectionSchema(reference),
	}),
	sources: defineCollection({ loader: data('sources'), schema: SourceSchema }),
	places: defineCollection({ loader: data('places'), schema: PlaceSchema }),
	events: defineCollection({ loader: data('events'), schema: EventSchema(reference) }),
	claims: defineCollection({ loader: data('claims'), schema: ClaimSchema(reference) }),
	questions: defineCollection({ loader: data('questions'), schema: QuestionSchema(reference) }),
	scenes: defineCollection({ loader: data('scenes'), schema: SceneSchema(reference) }),
};
