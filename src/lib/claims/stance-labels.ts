import type { ClaimStance } from '../../schemas/claims.ts';

/** How each stance reads to a reader, in words (never colour alone). */
export const stanceLabels: Record<ClaimStance | 'omits', string> = {
	asserts: 'Asserts it',
	attributes: 'Attributes it to others',
	disputes: 'Disputes it',
	questions: 'Questions it',
	omits: 'Not mentioned',
};

/** What each stance means, for legends. */
export const stanceMeanings: Record<ClaimStance | 'omits', string> = {
	asserts: 'states it in its own voice',
	attributes: 'reports someone else saying it',
	disputes: 'argues or reports that it is wrong',
	questions: 'casts doubt on it',
	omits: 'does not mention it',
};
