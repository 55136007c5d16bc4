import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: outlets and institutions as sources, in the article’s words', () => {
	it.each([
		['NBC News reported that the plan was “in its early stages.”', 'NBC News'],
		[
			'The Defense Ministry said in a statement that flights were “routine.”',
			'The Defense Ministry',
		],
		['According to The Wall Street Journal, the call was “tense.”', 'The Wall Street Journal'],
		[
			'La Secretaría de Relaciones Exteriores (SRE) informó que México “no aceptará intervenciones”.',
			'La Secretaría de Relaciones Exteriores (SRE)',
		],
		[
			'Según el diario The New York Times, la orden ofrece «una base oficial».',
			'el diario The New York Times',
		],
		[
			'«Todas las opciones están abiertas», señaló la Casa Blanca en un comunicado.',
			'la Casa Blanca',
		],
		[
			'De acuerdo con el Departamento de Estado, la reunión fue «productiva».',
			'el Departamento de Estado',
		],
		[
			'Para el analista Pedro Gómez, la medida es «puramente simbólica».',
			'el analista Pedro Gómez',
		],
		[
			'The newspaper’s editorial board urged “calm heads on both sides.”',
			'The newspaper’s editorial board',
		],
		['El comité del Senado advirtió que el plan es «un error grave».', 'El comité del Senado'],
		['The order is “secret and sweeping,” according to The New York Times.', 'The New York Times'],
		[
			'«No vamos a aceptar injerencias», escribió un columnista de Reforma.',
			'un columnista de Reforma',
		],
	])('%s', (sentence, source) => {
		expect(find(sentence).quotes.map((q) => q.description)).toEqual([source]);
	});

	it('takes the person after "en palabras de" as the source, not as a possessor', () => {
		const { quotes } = find('En palabras de Sheinbaum, «no hay invasión posible».');
		expect(quotes.map(who)).toEqual([['no hay invasión posible', 'claudia-sheinbaum']]);
	});

	it('reads "según el diario" after the quotation as its source', () => {
		const { quotes } = find(
			'El diario The New York Times publicó el reporte.',
			'La orden es «secreta y de gran alcance», según el diario.',
		);
		expect(quotes.map(who)).toEqual([['secreta y de gran alcance', 'The New York Times']]);
	});

	it('reads "the network", "el rotativo" as the outlet named before', () => {
		const english = find(
			'NBC News reported the plan on Monday.',
			'According to the network, officials “have not decided.”',
		);
		expect(english.quotes.map(who)).toEqual([['have not decided.', 'NBC News']]);
		const spanish = find(
			'El diario The Washington Post publicó el reporte.',
			'Según el rotativo, la operación “no tiene fecha”.',
		);
		expect(spanish.quotes.map(who)).toEqual([['no tiene fecha', 'The Washington Post']]);
	});

	it('gives the outlet its full name when the article shortens it: "Según NBC"', () => {
		const { quotes } = find(
			'La cadena NBC News publicó el reportaje.',
			'Según NBC, que citó a cuatro funcionarios, la operación “no es inminente”.',
		);
		expect(quotes.map(who)).toEqual([['no es inminente', 'NBC News']]);
	});

	it('gives what "the statement said" to whoever issued the statement', () => {
		const { quotes } = find(
			'Hewitt said in a statement that Trump “wants results.”',
			'“Mexico has to do more,” the statement said.',
		);
		expect(quotes.map(who)).toEqual([
			['wants results.', 'james-hewitt'],
			['Mexico has to do more,', 'james-hewitt'],
		]);
	});
});

describe('findQuotes: unnamed sources, kept as the article describes them', () => {
	it.each([
		['Two US officials said the plan “is only an option.”', 'Two US officials'],
		['“It was an option, not a demand,” one of the officials said.', 'one of the officials'],
		['“It is only an option,” said a White House spokeswoman.', 'a White House spokeswoman'],
		['A shop owner who asked not to be named said the city “has seen enough.”', 'A shop owner'],
		[
			'Un comerciante que pidió omitir su nombre aseguró que las extorsiones “no han bajado”.',
			'Un comerciante',
		],
		[
			'Fuentes de la cancillería consultadas por este diario aseguran que la postura será «firme».',
			'Fuentes de la cancillería consultadas',
		],
		[
			'In Washington, a Pentagon spokesperson declined to comment but said both countries “share an enemy.”',
			'a Pentagon spokesperson',
		],
		[
			'One fund manager in London, who asked not to be identified, put it bluntly: “Nobody wants Mexican bonds now.”',
			'One fund manager in London',
		],
	])('%s', (sentence, source) => {
		expect(find(sentence).quotes.map((q) => q.description)).toEqual([source]);
	});

	it('does not take a preposition’s object for the speaker ("at her morning press conference")', () => {
		const { quotes } = find(
			'Sheinbaum dismissed the report at her morning press conference, calling it “science fiction.”',
		);
		expect(quotes.map(who)).toEqual([['science fiction.', 'claudia-sheinbaum']]);
	});
});

describe('findQuotes: named people people.yaml does not know', () => {
	it('keeps their name, and resolves their surname and pronoun to it later', () => {
		const { quotes } = find(
			'“There is a long memory here,” said Laura Benavides, a professor in Monterrey.',
			'“It is in the textbooks,” Benavides said.',
			'She added that the designation “changes the legal picture.”',
		);
		expect(quotes.map(who)).toEqual([
			['There is a long memory here,', 'Laura Benavides'],
			['It is in the textbooks,', 'Laura Benavides'],
			['changes the legal picture.', 'Laura Benavides'],
		]);
	});
});

describe('findQuotes: headlines, paragraphs and scare quotes', () => {
	it('does not give an opening quotation to the one the paragraph before introduced when a verb of its own has a subject not found', () => {
		const { quotes } = find(
			'Trump said the talks went well.',
			'“We are not anyone’s colony,” wrote someone online.',
		);
		expect(quotes.map(who)).toEqual([['We are not anyone’s colony,', null]]);
	});

	it('takes a short phrase in the first person as speech, and a headline’s label before a colon as its speaker', () => {
		const { quotes, terms } = find(
			'Defense chief: US troops fly ‘at our request’',
			'Sheinbaum: Mexico will ‘never’ accept the so-called ‘soft invasion’',
		);
		expect(quotes.map(who)).toEqual([
			['at our request', 'pete-hegseth'],
			['never', 'claudia-sheinbaum'],
		]);
		// A term sign still makes a term, whoever the headline gives the words to.
		expect(terms.map((t) => t.text)).toEqual(['soft invasion']);
	});

	it('leaves a first-person phrase unattributed when the label before the colon names no one', () => {
		const { quotes } = find('Exclusive: US drones fly ‘at our request’');
		expect(quotes.map(who)).toEqual([['at our request', null]]);
	});

	it('reads a headline’s single quotes and the speaker a colon sets beside them', () => {
		expect(
			find('‘The answer is no’: Sheinbaum says she rejected the offer').quotes.map(who),
		).toEqual([['The answer is no', 'claudia-sheinbaum']]);
		expect(find("Mexicans 'stand as one' against meddling: Sheinbaum").quotes.map(who)).toEqual([
			['stand as one', 'claudia-sheinbaum'],
		]);
	});

	it('gives a paragraph that is one quotation to the speaker the paragraph before introduces', () => {
		const { quotes } = find(
			'Sheinbaum said the talks were going well and stressed that Mexico would not yield.',
			'“We will not accept subordination, and we have said so every time.”',
		);
		expect(quotes.map(who)).toEqual([
			['We will not accept subordination, and we have said so every time.', 'claudia-sheinbaum'],
		]);
	});

	it('lets a quotation run on into the next paragraph, as a speech that goes on does', () => {
		const { quotes } = find(
			'Sheinbaum said: “We will never accept it. We will not allow it.',
			'“Our answer is the same every time.”',
		);
		expect(quotes.map(who)).toEqual([
			['We will never accept it. We will not allow it.', 'claudia-sheinbaum'],
			['Our answer is the same every time.', 'claudia-sheinbaum'],
		]);
	});

	it.each([
		[
			'There is a seductive simplicity to the idea of “boots on the ground” in Mexico.',
			'boots on the ground',
		],
		['The alleged “plan” was never confirmed.', 'plan'],
		[
			'Appearing on “La Mañanera del Pueblo,” Sheinbaum stressed sovereignty.',
			'La Mañanera del Pueblo,',
		],
	])('%s', (sentence, term) => {
		const { quotes, terms } = find(sentence);
		expect(quotes).toEqual([]);
		expect(terms.map((t) => t.text)).toEqual([term]);
	});

	it('keeps a praise verb’s short object as the praiser’s words', () => {
		const { quotes } = find('Trump commended the “solid coordination” between both countries.');
		expect(quotes.map(who)).toEqual([['solid coordination', 'donald-trump']]);
	});
});
