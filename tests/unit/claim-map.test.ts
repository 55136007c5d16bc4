import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate-content.ts';

const { content, problems } = await validateContent(path.resolve('content'));
const claims = [...content.claims.values()].flatMap((file) => file.data.claims);

/** Outlets part ways: one disputes or questions what another states or reports, or one
 *  reports as someone's claim what another states as fact. */
function outletsDiffer(stances: Set<string>): boolean {
	const tells = stances.has('asserts') || stances.has('attributes');
	return (
		((stances.has('disputes') || stances.has('questions')) && tells) ||
		(stances.has('asserts') && stances.has('attributes'))
	);
}

describe('the claim map of the Sheinbaum story', () => {
	it('is sound: every excerpt verbatim, every reference resolved', () => {
		expect(problems).toEqual([]);
	});

	it('records at least 30 claims', () => {
		expect(claims.length).toBeGreaterThanOrEqual(30);
	});

	it.each([...content.articles.keys()])('puts %s on at least 8 claims', (id) => {
		const covered = claims.filter((claim) => claim.coverage.some((entry) => entry.article === id));
		expect(covered.length).toBeGreaterThanOrEqual(8);
	});

	it('has at least 6 claims on which outlets differ', () => {
		const differing = claims.filter((claim) =>
			outletsDiffer(new Set(claim.coverage.map((entry) => entry.stance))),
		);
		expect(differing.length).toBeGreaterThanOrEqual(6);
	});

	it('covers the figures the articles give: troops, seizures, extraditions, deaths, groups', () => {
		const excerpts = claims
			.flatMap((claim) => claim.coverage.map((entry) => entry.excerpt))
			.join('\n');
		for (const figure of [
			'10,000 National Guard',
			'5 tons of methamphetamine',
			'29 cartel leaders',
			'100,000 overdose deaths',
			'400 different groups',
		])
			expect(excerpts).toContain(figure);
	});
});
