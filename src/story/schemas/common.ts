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
 * A stand-in for Astro's `reference()` with the same shape out: an id becomes `{ collection, id }`
 * and whether it exists is left to the cross-file checks. The content checks and the unit tests
 * use it to run the schemas without Astro.
 */
export const plainReference: ReferenceFactory = (collection) =>
	z.string().transform((id) => ({ collection, id }));

/**
 * A calendar date written `YYYY-MM-DD`, checked to exist (no 13th month, no 31 September).
 * It must be a string: we parse YAML without implicit timestamps, because an unquoted
 * `2015-13-01` would otherwise be rolled over silently to 1 January 2016.
 */
export const isoDate = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' });

/**
 * A stable identifier: lower-case letters, digits and hyphens, used in URLs and anchors; at most
 * 64 characters.
 */
export const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
	.max(64, 'must be at most 64 characters');

/**
 * The `id` of an entry in a list file (events, places, sources, scenes, claims, questions): a
 * slug. Astro's file loader takes the entry's id from it and hands it to the schema with the
 * other fields, so the strict schemas name it; that it is used once in its file is checked with
 * the files (src/story/check-files.ts).
 */
export const entryId = slug;

// Control characters (other than tab and newline) cannot be seen, copied or typed, and mean
// nothing in HTML; in content they are always a paste accident.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The longest text any field takes unless it says less: a long paragraph. */
export const MAX_TEXT = 600;

/**
 * Non-empty text of at most `max` characters, with no control characters. Every field that is
 * printed has a limit, so a paste accident shows in the build rather than as a page that
 * overflows; labels and titles have small ones.
 */
export const text = (what: string, max = MAX_TEXT) =>
	z
		.string({ error: `${what} is required` })
		.trim()
		.min(1, `${what} must not be empty`)
		.max(max, {
			error: (issue) =>
				`${what} must be at most ${max} characters (it has ${String(issue.input).length})`,
		})
		.refine((value) => !CONTROL.test(value), `${what} must not contain control characters`);
