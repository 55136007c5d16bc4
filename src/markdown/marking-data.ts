import type { ClaimStance } from '../schemas/claims.ts';
import type { Person } from '../schemas/people.ts';
import { validateContent } from '../lib/content/validate-content.ts';

/** A claim's excerpt in one article, to be marked where it stands. */
export interface ClaimMark {
	claim: string;
	statement: string;
	stance: ClaimStance;
	excerpt: string;
}

/** What the Markdown plugins need besides the article: the people, and claims by article. */
export interface MarkingData {
	people: Person[];
	claims: Record<string, ClaimMark[]>;
}

/**
 * Reads the validated people and claim map for the Markdown plugins. Content that fails
 * validation is left out; the validation integration reports it and stops the build.
 */
export async function markingData(root: string): Promise<MarkingData> {
	const { content } = await validateContent(root);
	const claims: Record<string, ClaimMark[]> = {};
	for (const { data } of content.claims.values()) {
		for (const claim of data.claims) {
			for (const { article, stance, excerpt } of claim.coverage) {
				(claims[article] ??= []).push({
					claim: claim.id,
					statement: claim.statement,
					stance,
					excerpt,
				});
			}
		}
	}
	return { people: [...content.people.values()], claims };
}
