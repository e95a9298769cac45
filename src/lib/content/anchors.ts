/**
 * The ids the story page gives its own parts, for links from the contents list, the byline, the
 * 404 page and the feed. A section or step id from the content must not take one of them, so
 * the content checks reserve exactly these (see check-story.ts).
 */
export const PAGE_ANCHORS = {
	/** The skip link's target. */
	main: 'main',
	/** The article element. */
	story: 'story',
	/** "What we know and what we don't": the claims, the open questions and the full timeline. */
	known: 'what-we-know',
	/** The full timeline inside it. */
	timeline: 'timeline',
	/** The numbered source list and the data files. */
	sources: 'sources',
	/** "Updates and corrections". */
	updates: 'updates',
} as const;

/** Every anchor the page reserves, with `top`, which browsers treat as the page's start. */
export const RESERVED_ANCHORS: readonly string[] = ['top', ...Object.values(PAGE_ANCHORS)];
