import type { ClaimStance } from '../schemas/claims.ts';

/** How each stance reads to a reader, in words (never colour alone). */
export const stanceLabels: Record<ClaimStance | 'omits', string> = {
	asserts: 'Asserts it',
	attributes: 'Attributes it to others',
	disputes: 'Disputes it',
	questions: 'Questions it',
	omits: 'Not mentioned',
};
