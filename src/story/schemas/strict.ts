import { z } from 'astro/zod';
import { unknownKeysMessage } from '../../lib/content/nearest';

type AnyDef = Record<string, unknown> & { type: string; error?: ErrorFunction };
type ErrorFunction = (issue: { code?: string; keys?: string[] }) => unknown;
type Schema = z.ZodType & { clone: (def: AnyDef) => z.ZodType; _zod: { def: AnyDef } };

const WRAPPERS = [
	'optional',
	'nullable',
	'default',
	'prefault',
	'readonly',
	'nonoptional',
	'catch',
];

/**
 * The same schema with every object in it, however deeply nested (in arrays, tuples, unions,
 * optional or defaulted fields), refusing keys it does not know, with a message that names the
 * key and suggests the nearest known one. Zod's own objects drop unknown keys silently, so a
 * typo (`staus: reported`) would vanish and the field fall back to its default. Refinements are
 * kept. Pipes and transforms (such as Astro's `reference()`) are left as they are: what they
 * accept is theirs to check.
 */
export function strict<T extends z.ZodType>(schema: T): T {
	const node = schema as unknown as Schema;
	const def = node._zod.def;
	if (def.type === 'object') {
		const entries = Object.entries(def.shape as Record<string, z.ZodType>);
		const shape = Object.fromEntries(entries.map(([key, field]) => [key, strict(field)]));
		const known = entries.map(([key]) => key);
		const previous = def.error;
		const error: ErrorFunction = (issue) =>
			issue.code === 'unrecognized_keys' && issue.keys
				? unknownKeysMessage(issue.keys, known)
				: previous?.(issue);
		return node.clone({ ...def, shape, catchall: z.never(), error }) as unknown as T;
	}
	if (def.type === 'array') return clone(node, { element: strict(def.element as z.ZodType) });
	if (WRAPPERS.includes(def.type)) {
		return clone(node, { innerType: strict(def.innerType as z.ZodType) });
	}
	if (def.type === 'tuple') {
		const items = (def.items as z.ZodType[]).map((item) => strict(item));
		const rest = def.rest ? strict(def.rest as z.ZodType) : def.rest;
		return clone(node, { items, rest });
	}
	if (def.type === 'union') {
		return clone(node, { options: (def.options as z.ZodType[]).map((option) => strict(option)) });
	}
	return schema;
}

function clone<T>(node: Schema, changes: Record<string, unknown>): T {
	return node.clone({ ...node._zod.def, ...changes }) as unknown as T;
}
