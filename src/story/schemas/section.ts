import { z } from 'astro/zod';
import { slug, text, type ReferenceFactory } from './common';
import { strict } from './strict';

/** One scroll step: a block of the section's text and the scene the graphic shows beside it. */
const StepSchema = (reference: ReferenceFactory) =>
	z.object({
		/** Stable id, unique in the whole story: the URL hash (`/#id`) and the `<Step id>` in the body. */
		id: slug,
		/** The scene the graphic shows while this step is active. */
		scene: reference('scenes'),
		/**
		 * One sentence describing what the graphic shows at this step, for screen readers; at most
		 * 400 characters.
		 */
		alt: text('alt', 400),
		/** Timeline events this step is about; the timeline highlights them. */
		events: z.array(reference('events')).default([]),
	});

/** A story section: one MDX file in content/story/, its steps and the sources it relies on. */
export const SectionSchema = (reference: ReferenceFactory) =>
	strict(
		z.object({
			/** Position in the article, 1 first. */
			order: z
				.number({ error: 'order must be a number' })
				.int('order must be a whole number')
				.positive('order must be 1 or more'),
			/** The section heading; at most 100 characters. */
			title: text('title', 100),
			/** A short label above the heading, e.g. the date; at most 40 characters. */
			kicker: text('kicker', 40),
			/** The scroll steps, in reading order; at least one. */
			steps: z
				.array(StepSchema(reference))
				.min(1, 'a section needs at least one step')
				.superRefine((steps, ctx) => {
					const seen = new Set<string>();
					steps.forEach((step, index) => {
						if (seen.has(step.id)) {
							ctx.addIssue({
								code: 'custom',
								message: `duplicate step id "${step.id}"`,
								path: [index, 'id'],
							});
						}
						seen.add(step.id);
					});
				}),
			/** Every source the section's text cites with `<Cite id>`. */
			sources: z.array(reference('sources')).min(1, 'a section needs at least one source'),
		}),
	);

export type Section = z.infer<ReturnType<typeof SectionSchema>>;
export type Step = Section['steps'][number];
