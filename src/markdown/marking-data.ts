import type { CheckedContent } from '../lib/content/checked-content.ts';
import type { Person } from '../schemas/people.ts';
import type { ClaimMark } from './rehype-mark-claims.ts';

/** What the Markdown plugins need besides the article: the people, and claims by article. */
export interface MarkingData {
	people: Person[];
	claims: Record<string, ClaimMark[]>;
}

/**
 * The validated people and claim map, shaped for the Markdown plugins. Content that failed
 * validation is not in `content`; the validation integration reports it and stops the build.
 */
export function markingData(content: CheckedContent): MarkingData {
	const claims: Record<string, ClaimMark[]> = {};
	for (const { data } of content.claims.values()) {
		for (const claim of data.claims) {
			for (const { article, stance, excerpt } of claim.coverage) {
				claims[article] ??= [];
				claims[article].push({
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

/**
 * Empties the plugins' data in place (the plugins hold these very objects). For `astro build`
 * once its content sync has rendered every article: nothing renders Markdown after it, and the
 * claims by article (~50 KB a story, every claim's statement and excerpts) were otherwise held
 * by Astro's config through the whole page generation.
 */
export function releaseMarkingData(marking: MarkingData): void {
	marking.people.length = 0;
	for (const article of Object.keys(marking.claims)) delete marking.claims[article];
}
