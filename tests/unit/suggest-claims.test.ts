import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/lib/claims/claim-terms.ts';
import { claimSuggestions, suggestClaims } from '../../src/lib/claims/suggest-claims.ts';
import { suggestStance } from '../../src/lib/claims/suggest-stance.ts';
import type { Claim } from '../../src/schemas/claims.ts';

const claims: Claim[] = [
	{
		id: 'bridge-opens-in-may',
		statement: 'The new river bridge opens to traffic in May.',
		topic: 'works',
		coverage: [
			{
				article: 'other',
				stance: 'asserts',
				excerpt: 'the bridge over the Tamesis will open in May',
			},
		],
	},
	{
		id: 'mayor-resigned',
		statement: 'The mayor resigned over the budget.',
		topic: 'politics',
		coverage: [{ article: 'other', stance: 'asserts', excerpt: 'Mayor Lopez resigned on Friday' }],
	},
];
const text = [
	'The engineer said the bridge over the Tamesis will open in May after years of delay.',
	'Residents of the old quarter have complained about the noise for months.',
	'Nobody on the council expected the budget debate to last three days.',
].join('\n');

describe('suggestClaims', () => {
	it('suggests a claim on the sentence that carries its excerpt’s words, with a stance', () => {
		const [first, second, third] = suggestClaims('new', text, claims);
		expect(first!.claims.map((c) => [c.id, c.stance, c.alreadyCovered])).toEqual([
			['bridge-opens-in-may', 'attributes', false],
		]);
		expect(second!.claims).toEqual([]);
		expect(third!.claims).toEqual([]);
	});

	it('suggests nothing under the threshold, and lists suggestions flat for scoring', () => {
		expect(claimSuggestions('new', text, claims, { threshold: 0.99 })).toEqual([]);
		expect(claimSuggestions('new', text, claims)).toEqual([
			{
				sentence: expect.stringContaining('Tamesis'),
				claimId: 'bridge-opens-in-may',
				stance: 'attributes',
			},
		]);
	});

	it('gives a sentence to one claim at most, its best', () => {
		const twin = { ...claims[0]!, id: 'bridge-twin', statement: 'A bridge opens in May.' };
		const found = claimSuggestions('new', text, [...claims, twin]);
		expect(found.filter((s) => s.sentence.includes('Tamesis'))).toHaveLength(1);
	});
});

describe('termsOf', () => {
	it('folds case and accents, drops function words, joins forms, marks names and numbers', () => {
		expect(termsOf('Las intervenciones en México').map((t) => t.stem)).toEqual([
			'interv',
			'mexico',
		]);
		expect(termsOf('intervention').map((t) => t.stem)).toEqual(['interv']);
		expect(termsOf('He sent 10,000 troops to Mexico').map((t) => [t.stem, t.marked])).toEqual([
			['sent', false],
			['10', true],
			['000', true],
			['troop', false],
			['mexico', true],
		]);
	});
});

describe('suggestStance', () => {
	const statement = ['The bridge opens in May.'];
	it('asserts what the outlet states in its own voice', () => {
		expect(suggestStance('The bridge opens in May, a year late.', statement)).toBe('asserts');
	});

	it('attributes reported speech, "according to", quoted words, in English and Spanish', () => {
		expect(suggestStance('The minister said the bridge opens in May.', statement)).toBe(
			'attributes',
		);
		expect(suggestStance('According to the city, the bridge opens in May.', statement)).toBe(
			'attributes',
		);
		expect(suggestStance('The bridge “opens in May” at last.', statement)).toBe('attributes');
		expect(
			suggestStance('El puente abre en mayo, según el alcalde.', ['El puente abre en mayo.']),
		).toBe('attributes');
	});

	it('disputes when denial sits near the claim’s words, unless inside a quotation', () => {
		expect(suggestStance('In truth the bridge will not open in May.', statement)).toBe('disputes');
		expect(
			suggestStance('El puente no abre en mayo, pese a lo prometido.', ['El puente abre en mayo.']),
		).toBe('disputes');
		expect(suggestStance('The bridge, he said, "will not open in May."', statement)).toBe(
			'attributes',
		);
	});

	it('does not call a claim worded as a denial disputed for sharing its denial', () => {
		expect(
			suggestStance('Mexico will not allow foreign troops.', [
				'Mexico will not allow foreign troops.',
			]),
		).toBe('asserts');
	});

	it('questions when doubt sits near the claim’s words', () => {
		expect(suggestStance('It remains unclear whether the bridge opens in May.', statement)).toBe(
			'questions',
		);
	});
});
