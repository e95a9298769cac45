import { closestMatch } from 'leven';

/**
 * The known word a mistyped one was probably meant to be (`staus` → `status`), or undefined when
 * none is close: at most a third of the word's letters may differ, and never more than three.
 */
export function nearestWord(word: string, known: readonly string[]): string | undefined {
	const maxDistance = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
	const lower = known.map((candidate) => candidate.toLowerCase());
	const match = closestMatch(word.toLowerCase(), lower, { maxDistance });
	return match === undefined ? undefined : known[lower.indexOf(match)];
}

/**
 * The message for keys an entry has but its schema does not know, naming each and suggesting
 * the nearest known key: `unknown key "staus" (did you mean "status"?)`.
 */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
	const named = keys.map((key) => {
		const near = nearestWord(key, known);
		return near ? `"${key}" (did you mean "${near}"?)` : `"${key}"`;
	});
	const suggested = keys.some((key) => nearestWord(key, known));
	const list = suggested ? '' : ` (known keys: ${known.join(', ')})`;
	return `unknown key${keys.length > 1 ? 's' : ''} ${named.join(', ')}${list}`;
}
