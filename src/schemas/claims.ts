import { z } from 'astro/zod';
import { idSchema, textSchema } from './common.ts';

/** How an article handles a claim. An article not listed on a claim omits it. */
export const claimStances = ['asserts', 'attributes', 'disputes', 'questions'] as const;
export type ClaimStance = (typeof claimStances)[number];

/** One article's handling of a claim, in its own words. */
const claimCoverageSchema = z
	.object({
		article: idSchema,
		stance: z.enum(claimStances, { error: `must be one of ${claimStances.join(', ')}` }),
		/** Verbatim from the article's body. */
		excerpt: textSchema,
	})
	.strict();

/** A canonical claim: a neutral statement and each article's treatment of it. */
export const claimSchema = z
	.object({
		id: idSchema,
		statement: textSchema,
		topic: idSchema,
		coverage: z.array(claimCoverageSchema).min(1, { error: 'must cite at least one article' }),
	})
	.strict();

/** `content/claims/<story>.yaml`: the story's claim map. */
export const claimsFileSchema = z
	.object({
		claims: z.array(claimSchema),
	})
	.strict();

export type Claim = z.infer<typeof claimSchema>;
export type ClaimsFile = z.infer<typeof claimsFileSchema>;
