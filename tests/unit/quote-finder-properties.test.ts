import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

// Text made mostly of what trips a quote finder: marks of every kind, dashes, names, verbs.
const pieces = [
	'“',
	'”',
	'"',
	"'",
	'‘',
	'’',
	'–',
	'—',
	'-',
	' ',
	' ',
	',',
	'.',
	'?',
	':',
	'a',
	'He',
	'she',
	'said',
	'Sheinbaum',
	'Trump',
	'the president',
	'called',
	'term',
	'\n',
	'é',
	'😀',
];
const trickyText = fc.string({ unit: fc.constantFrom(...pieces), maxLength: 80 });
const anyText = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	trickyText,
);

describe('findQuotes on any input', () => {
	it('never throws, and every quote it returns stands in its block where it says', () => {
		fc.assert(
			fc.property(fc.array(anyText, { maxLength: 6 }), (blocks) => {
				const { quotes, terms } = findQuotes(blocks, testPeople);
				for (const found of [...quotes, ...terms]) {
					const block = blocks[found.block]!;
					expect(block.slice(found.start, found.end)).toBe(found.text);
					expect(block).toContain(found.text);
				}
				for (const quote of quotes) expect(quote.confidence).toBeGreaterThan(0);
			}),
			{ numRuns: 2000 },
		);
	});
});
