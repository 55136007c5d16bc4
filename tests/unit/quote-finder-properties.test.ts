import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockSpans } from '../../src/lib/quotes/spans/block-spans.ts';
import { findQuotes } from '../../src/lib/quotes/find-quotes.ts';
import { reviewRawText } from '../../src/lib/quotes/views/review-quotes.ts';
import { maskQuotes } from '../../src/lib/quotes/reading/sentences.ts';
import { testPeople } from '../support/people-fixture.ts';

// Text made mostly of what trips a quote finder: marks of every kind, dashes, names, verbs.
const englishPieces = [
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

// The same for Spanish: angle quotes, dialogue dashes, interjections, Spanish verbs, titles,
// sources and the words that open a noun phrase.
const spanishPieces = [
	'«',
	'»',
	'“',
	'”',
	'"',
	"'",
	'‘',
	'’',
	'—',
	'–',
	' - ',
	' —',
	'—dijo—',
	' ',
	' ',
	',',
	'.',
	':',
	'¿',
	'?',
	'¡',
	'(',
	')',
	'dijo',
	'afirmó',
	'recalcó',
	'según',
	'la mandataria',
	'el diario',
	'la Secretaría de Relaciones Exteriores',
	'un funcionario',
	'que',
	'de',
	'Sheinbaum',
	'Trump',
	'él',
	'Él',
	'yo',
	'La llamada',
	'NBC News',
	'ñ',
	'\n',
];

const textOf = (pieces: readonly string[]) =>
	fc.string({ unit: fc.constantFrom(...pieces), maxLength: 80 });
const anyText = fc.oneof(
	fc.string({ maxLength: 200 }),
	fc.string({ unit: 'binary', maxLength: 200 }),
	textOf(englishPieces),
	textOf(spanishPieces),
);
const spanishText = textOf(spanishPieces);

/** The finder's promise on any blocks: no throw, and every quote and term where it says. */
function holdsOn(blocks: string[]) {
	const { quotes, terms } = findQuotes(blocks, testPeople);
	for (const found of [...quotes, ...terms]) {
		const block = blocks[found.block]!;
		expect(block.slice(found.start, found.end)).toBe(found.text);
		expect(block).toContain(found.text);
	}
	for (const quote of quotes) expect(quote.confidence).toBeGreaterThan(0);
}

describe('findQuotes on any input', () => {
	it('never throws, and every quote it returns stands in its block where it says', () => {
		fc.assert(fc.property(fc.array(anyText, { maxLength: 6 }), holdsOn), { numRuns: 2000 });
	});

	it('does the same on Spanish input, told to read it as Spanish or left to detect it', () => {
		fc.assert(
			fc.property(fc.array(spanishText, { maxLength: 6 }), fc.boolean(), (blocks, told) => {
				holdsOn(blocks);
				const { quotes } = findQuotes(blocks, testPeople, told ? { lang: 'es' } : {});
				for (const quote of quotes)
					expect(blocks[quote.block]!.slice(quote.start, quote.end)).toBe(quote.text);
			}),
			{ numRuns: 1500 },
		);
	});
});

describe('no content lost on the way', () => {
	it('reads every block, and masking keeps every character outside the quotations', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(spanishText, textOf(englishPieces)), { maxLength: 6 }),
				(blocks) => {
					const read = blockSpans(blocks);
					expect(read).toHaveLength(blocks.length);
					read.forEach(({ spans }, index) => {
						const text = blocks[index]!;
						const masked = maskQuotes(text, spans);
						expect(masked).toHaveLength(text.length);
						const inside = (i: number) => spans.some((s) => i > s.open && i < s.close);
						for (let i = 0; i < text.length; i++) if (!inside(i)) expect(masked[i]).toBe(text[i]);
					});
				},
			),
			{ numRuns: 1000 },
		);
	});

	it('places each quotation of a raw file on its own line, where its words stand', () => {
		fc.assert(
			fc.property(
				fc.array(fc.oneof(spanishText, textOf(englishPieces)), { maxLength: 6 }),
				(lines) => {
					const file = lines.join('\n');
					for (const quote of reviewRawText(file, testPeople)) {
						expect(file.slice(quote.fileStart, quote.fileEnd)).toBe(quote.text);
						const line = file.split('\n')[quote.line! - 1]!;
						expect(line).toContain(quote.text);
					}
				},
			),
			{ numRuns: 1000 },
		);
	});
});
