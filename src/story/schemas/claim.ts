import { z } from 'astro/zod';
import { STATUSES } from '../../lib/status';
import { entryId, text, type ReferenceFactory } from './common';
import { strict } from './strict';

/** A claim in "What we know and what we don't" (content/data/claims.yaml). */
export const ClaimSchema = (reference: ReferenceFactory) =>
	strict(
		z
			.object({
				/** Unique in the file. */
				id: entryId,
				/** The claim, as one sentence; at most 300 characters. */
				statement: text('statement', 300),
				/** confirmed, reported, disputed or denied. */
				status: z.enum(STATUSES),
				/** Who asserts it; at most 300 characters. */
				claimedBy: text('claimedBy', 300),
				/** Who rejects it; required for disputed and denied claims; at most 300 characters. */
				deniedBy: text('deniedBy', 300).optional(),
				/** Sources for both sides; at least one. */
				sources: z.array(reference('sources')).min(1, 'a claim needs at least one source'),
			})
			.refine((claim) => !['disputed', 'denied'].includes(claim.status) || claim.deniedBy, {
				message: 'a disputed or denied claim must say who denies it',
				path: ['deniedBy'],
			}),
	);

/** A question the reporting left open (content/data/questions.yaml). */
export const QuestionSchema = (reference: ReferenceFactory) =>
	strict(
		z.object({
			/** Unique in the file. */
			id: entryId,
			/** The open question; at most 200 characters. */
			question: text('question', 200),
			/** What is known about it, in a sentence or two. */
			note: text('note'),
			/** Sources that show it is open. */
			sources: z.array(reference('sources')).min(1, 'a question needs at least one source'),
		}),
	);

export type Claim = z.infer<ReturnType<typeof ClaimSchema>>;
export type Question = z.infer<ReturnType<typeof QuestionSchema>>;
