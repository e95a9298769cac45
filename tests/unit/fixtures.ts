import { z } from 'astro/zod';
import { plainReference } from '../../src/story/schemas/common';

/** Stands in for Astro's `reference()`: same shape out, no Astro needed. */
export const reference = plainReference;

/** The issues of a failed parse as `path: message` lines, the way the build prints them. */
export function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
