/**
 * The story's content (content/, or CONTENT_DIR), read and parsed as the build reads it, as the
 * entries the cross-file checks take.
 */
import { resolve } from 'node:path';
import type { EntryInput } from '../../src/lib/content/check-story';
import { parseContent } from '../../src/story/check-files';

/** Every entry of the content, sections with their MDX body; throws if it does not parse. */
export function storyEntries(): EntryInput[] {
	const { entries, problems } = parseContent(resolve(process.env.CONTENT_DIR ?? 'content'));
	if (problems.length > 0) throw new Error(`the content does not parse: ${problems[0]!.message}`);
	return entries;
}
