import { z } from 'astro/zod';
import { plainReference } from '../../src/story/schemas/common';

/** Stands in for Astro's `reference()`: same shape out, no Astro needed. */
export const reference = plainReference;

/** The issues of a failed parse as `path: message` lines, the way the build prints them. */
export function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The words around the story's sections, as a small valid article needs them. */
export const pageText = {
	kicker: 'Explainer',
	known: { title: 'What we know', intro: 'Each claim has a status:' },
	timeline: { title: 'Ten days', description: 'One mark per event.' },
	sources: { title: 'Sources', intro: 'Numbers match the text.', dataLead: 'The data:' },
	updatesTitle: 'Updates and corrections',
	footer: 'Written from public reporting.',
};
