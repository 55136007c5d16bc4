import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: a title of another country', () => {
	it('leaves "la presidenta hondureña" to no one people.yaml knows as president elsewhere', () => {
		const { quotes } = find(
			'En Tegucigalpa, la presidenta hondureña dijo que la medida es «un error regional».',
		);
		expect(quotes.map(who)).toEqual([['un error regional', 'la presidenta hondureña']]);
	});

	it('still reads a title with no adjective after it as the one person it fits', () => {
		const { quotes } = find('La presidenta dijo que la medida es «un error regional».');
		expect(quotes.map(who)).toEqual([['un error regional', 'claudia-sheinbaum']]);
	});
});

describe('findQuotes: a foreign minister as a speaker described', () => {
	it('takes "el canciller" for a noun of a person, who can name things', () => {
		const { quotes } = find('El canciller peruano calificó la visita de «una provocación».');
		expect(quotes.map(who)).toEqual([['una provocación', 'El canciller peruano']]);
	});
});

describe('findQuotes: a few words that are a speech verb’s object', () => {
	it('keeps words a verb of speech takes with only an article between as speech', () => {
		const { quotes } = find(
			'El canciller chileno expresó la «firme condena» de su gobierno.',
		);
		expect(quotes.map(who)).toEqual([['firme condena', 'El canciller chileno']]);
	});

	it('takes "confía que" (confides that) for a verb of speech', () => {
		const { quotes } = find('Una asesora nos confía que el borrador era «más largo».');
		expect(quotes.map(who)).toEqual([['más largo', 'Una asesora']]);
	});
});

describe('findQuotes: a long phrase as a speech verb’s subject', () => {
	it('keeps a source phrase of up to twelve words rather than the last speaker', () => {
		const { quotes } = find(
			'Una fan escribió: «Qué bonito».',
			'La agencia de su gira de otoño del año en Monterrey informó que «no hay cambios en el cartel».',
		);
		expect(quotes.map(who)).toEqual([
			['Qué bonito', 'Una fan'],
			['no hay cambios en el cartel', 'La agencia de su gira de otoño del año en Monterrey'],
		]);
	});
});

describe('findQuotes: an impersonal plural that names a circle', () => {
	it('takes the circle after "dicen en" for the source', () => {
		const { quotes } = find(
			'El exgobernador no da entrevistas. «Ya no le interesa la política», cuentan en su equipo.',
		);
		expect(quotes.map(who)).toEqual([['Ya no le interesa la política', 'su equipo']]);
	});

	it('takes no occasion for a circle: "dicen en entrevista"', () => {
		const [quote] = find('«Ya no le interesa la política», dicen en entrevista.').quotes;
		expect(quote?.description ?? null).toBeNull();
	});
});

describe('findQuotes: a name the sentence goes on to explain', () => {
	it.each([
		'La cantante dijo que su disco no es «pop de estadio», como se le llama a ese sonido.',
		'The senator said the bill was a "poison pill," as such riders are called in Washington.',
	])('takes the phrase for a term: %s', (text) => {
		expect(find(text).quotes).toEqual([]);
	});
});
