import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** A person quoted or named in the coverage (`content/people.yaml` is a list of these). */
export const personSchema = z
	.object({
		id: idSchema,
		name: textSchema,
		/** Other ways the articles name them ("Sheinbaum", "President Sheinbaum"); titles such as "the Mexican president" come from `role`. */
		aliases: z.array(textSchema).default([]),
		/** Their role at the time of the story. */
		role: textSchema,
		/** The pronoun the articles use for them, so "she said" can be resolved; unset when none do. */
		pronoun: z.enum(['she', 'he']).optional(),
	})
	.strict();

export const peopleFileSchema = z.array(personSchema, { error: 'must be a list of people' });

export type Person = z.infer<typeof personSchema>;
