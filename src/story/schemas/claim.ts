import { z } from 'astro/zod';
import { STATUSES } from '../../lib/status';
import { text, type ReferenceFactory } from './common';

/** A claim in "What we know and what we don't" (content/data/claims.yaml). */
export const ClaimSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** The claim, as one sentence. */
			statement: text('statement'),
			/** confirmed, reported, disputed or denied. */
			status: z.enum(STATUSES),
			/** Who asserts it. */
			claimedBy: text('claimedBy'),
			/** Who rejects it; required for disputed and denied claims. */
			deniedBy: z.string().optional(),
			/** Sources for both sides; at least one. */
			sources: z.array(reference('sources')).min(1, 'a claim needs at least one source'),
		})
		.refine((claim) => !['disputed', 'denied'].includes(claim.status) || claim.deniedBy, {
			message: 'a disputed or denied claim must say who denies it',
			path: ['deniedBy'],
		});

/** A question the reporting left open (content/data/questions.yaml). */
export const QuestionSchema = (reference: ReferenceFactory) =>
	z.object({
		/** The open question. */
		question: text('question'),
		/** What is known about it, in a sentence or two. */
		note: text('note'),
		/** Sources that show it is open. */
		sources: z.array(reference('sources')).min(1, 'a question needs at least one source'),
	});

export type Claim = z.infer<ReturnType<typeof ClaimSchema>>;
export type Question = z.infer<ReturnType<typeof QuestionSchema>>;
