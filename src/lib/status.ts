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
