import { z } from 'astro/zod';

/** A link to another collection's entry, as Astro's `reference()` produces it. */
export interface Ref {
	collection: string;
	id: string;
}

/**
 * Makes a field that names an entry of another collection. In the content config this is
 * Astro's `reference()`; unit tests pass a stand-in, so the schemas load without Astro.
 */
export type ReferenceFactory = (collection: string) => z.ZodType<Ref, string>;

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 13th month, no 31 September).
 * It must be a string: we parse YAML without implicit timestamps, because an unquoted
 * `2015-13-01` would otherwise be rolled over silently to 1 January 2016.
 */
export const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });

/** A stable identifier: lower-case letters, digits and hyphens, used in URLs and anchors. */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** Non-empty text. */
export const text = (what: string) =>
	z
		.string({ error: `${what} is required` })
		.trim()
		.min(1, `${what} must not be empty`);
