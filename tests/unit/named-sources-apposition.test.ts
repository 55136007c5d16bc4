import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { namedSources } from '../../src/lib/quotes/reading/named-sources.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('a name beside a description of its bearer is a person, whatever the noun', () => {
	it('lets a later pronoun point back to a name written after a common noun', () => {
		const { quotes } = find(
			'Next comes retired midwife Helen Marsh with her story. The plan, she argues, "will not reach the clinics."',
		);
		expect(quotes.map(who)).toEqual([['will not reach the clinics.', 'Helen Marsh']]);
	});

	it('lets a Spanish verb with no subject point back to a name set off by commas', () => {
		const { quotes } = find(
			'El portero del equipo, Iker Salcedo, habló tras el partido. «Estamos tranquilos», dijo.',
		);
		expect(quotes.map(who)).toEqual([['Estamos tranquilos', 'Iker Salcedo']]);
	});

	it('takes a name joined to such a name by "and" for a person too', () => {
		const { quotes } = find(
			'This week, hosts Dana Pike and Omar Velez talk with a lawyer.',
			'Pike opens with the news. Velez is doubtful. "It will not last," he says.',
		);
		expect(quotes.map(who)).toEqual([['It will not last,', expect.stringContaining('Velez')]]);
	});

	it('does not take a byline or a title with its abbreviation for a described person', () => {
		expect(namedSources('Por Redacción Internacional', 'es', [])).toEqual([]);
		expect(namedSources('Asked by Sen. Karen Liddell whether he had seen it', 'en', [])).toEqual(
			[],
		);
	});
});
