/** How well a claim or event is sourced, in the four words the article uses. */
export const STATUSES = ['confirmed', 'reported', 'disputed', 'denied'] as const;
export type Status = (typeof STATUSES)[number];

/** What kind of thing an event is; the timeline styles marks by it. */
export const CATEGORIES = ['military', 'diplomatic', 'report', 'denial'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What a source is: an official text, a news agency, another outlet, or analysis. */
export const SOURCE_KINDS = ['official', 'agency', 'press', 'research'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** One-line definitions shown in legends and the claims list, so the words mean one thing. */
export const STATUS_MEANING: Record<Status, string> = {
	confirmed: 'official record or on-record statement by the party that acted',
	reported: 'press reports citing officials or witnesses',
	disputed: 'one side asserts it, another denies it',
	denied: 'rejected by the party concerned',
};

/**
 * Categories whose events are statements (someone said or voted something). For them
 * "confirmed" means the statement itself is on record, not that what it says is true, so
 * their badge says "on record": a refusal to confirm never carries the word "confirmed".
 */
export const STATEMENT_CATEGORIES: readonly Category[] = ['diplomatic', 'denial'];

const ON_RECORD_MEANING =
	'the statement is on record: made publicly by the speaker or in an official text; this does not confirm what it says';

const isStatement = (status: Status, category?: Category) =>
	status === 'confirmed' && category !== undefined && STATEMENT_CATEGORIES.includes(category);

/** The word a status badge shows: the status, or "on record" for a confirmed statement. */
export function statusWord(status: Status, category?: Category): string {
	return isStatement(status, category) ? 'on record' : status;
}

/** The one-line meaning of the badge's word, for its tooltip and legends. */
export function statusMeaning(status: Status, category?: Category): string {
	return isStatement(status, category) ? ON_RECORD_MEANING : STATUS_MEANING[status];
}
