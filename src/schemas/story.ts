import { z } from 'astro/zod';
import { datedSchema, idSchema, textSchema } from './common.ts';

/** One step of the stance scale, ordered from one pole of the question to the other. */
const stanceStepSchema = z
	.object({
		id: idSchema,
		label: textSchema,
		/** What an article at this step does, so the label is applied consistently. */
		description: textSchema,
	})
	.strict();

/** An event the articles report, with the articles that report it. */
const timelineEventSchema = z
	.object({
		id: idSchema,
		date: datedSchema,
		/** What happened, in a neutral sentence. */
		event: textSchema,
		/** Ids of the articles that report the event. */
		reportedBy: z.array(idSchema).min(1, { error: 'must name at least one article' }),
	})
	.strict();

/** Frontmatter of `content/stories/<id>.md`; the body is an optional longer introduction. */
export const storySchema = z
	.object({
		title: textSchema,
		summary: textSchema,
		/** The question the coverage divides on; article stances answer it. */
		question: textSchema,
		stanceScale: z.array(stanceStepSchema).min(2, { error: 'must have at least two steps' }),
		timeline: z.array(timelineEventSchema).default([]),
	})
	.strict();

export type Story = z.infer<typeof storySchema>;
