import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { sentenceRanges } from '../../src/lib/quotes/reading/sentences.ts';
import type { Person } from '../../src/schemas/people.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];
const speakers = (...blocks: string[]) => find(...blocks).quotes.map(who);

describe('findQuotes: who a clause without its own subject speaks for', () => {
	it.each([
		[
			'“We are ready,” Hegseth told senators in the Capitol Rotunda, adding that the plan was “only a draft.”',
			'pete-hegseth',
		],
		[
			'Sheinbaum habló ante los gobernadores en el Palacio de Minería, agregando que México actuará “sin pedir permiso”.',
			'claudia-sheinbaum',
		],
	])(
		'gives a gerund’s quotation to the main clause’s subject, not a place named before it: %s',
		(text, id) => {
			expect(find(text).quotes.at(-1)?.speaker).toBe(id);
		},
	);

	it('gives a sentence-opening “Asked …,” to the subject of the clause after it', () => {
		expect(
			speakers(
				'The trade ambassador, Lorenzo Quintanar, spoke after Hegseth.',
				'Asked whether the tariffs would stay in place through the winter months, Quintanar was blunt: “Not one day longer.”',
			),
		).toEqual([['Not one day longer.', 'Lorenzo Quintanar']]);
	});
});

describe('findQuotes: what a pronoun or a bare title points back to', () => {
	it('reads “when she said” after someone’s event as that someone speaking', () => {
		const [quote] = find(
			'Trump took questions for an hour.',
			"The host then played Trump a clip of Sheinbaum's address in Monterrey, when she said Mexico would “never kneel”.",
		).quotes;
		expect(quote?.speaker).toBe('claudia-sheinbaum');
	});

	it('reads “where he said” after a possessive as the possessor speaking', () => {
		const [, quote] = find(
			'“No one is leaving,” Hewitt said.',
			"The ministry pointed us to Hegseth's interview in Tampa, where he said the ships were “there to stay.”",
		).quotes;
		expect(quote?.speaker).toBe('pete-hegseth');
	});

	it('gives “he said” to the sentence before’s subject when its object names a second man', () => {
		expect(
			speakers(
				'The governor of Sonora, Abel Trujillo, arrived at the summit after Hegseth. He said the border was “calmer than a year ago.”',
			),
		).toEqual([['calmer than a year ago.', 'Abel Trujillo']]);
	});

	it('knows a person introduced as “a student named …” for the “she said” after', () => {
		expect(
			speakers(
				'Sheinbaum left before noon.',
				'One of the marchers, a nursing student named Paola Ledesma, said she had walked since dawn. “We want to be heard,” she said.',
			),
		).toEqual([['We want to be heard,', 'Paola Ledesma']]);
	});

	it('knows “el manifestante …” as a person for the unwritten subject of the next verb', () => {
		expect(
			speakers(
				'«Aquí ya nadie sale de noche», relató Lorena Báez, vecina del barrio.',
				'En la esquina, el manifestante Tadeo Ruelas coincidió. «Estamos cansados», afirmó, mientras guardaba su pancarta.',
			)[1],
		).toEqual(['Estamos cansados', 'Tadeo Ruelas']);
	});

	it('gives “—sostuvo la legisladora—” to the person the sentence before is about', () => {
		const quotes = speakers(
			'La vicecoordinadora de la bancada, Renata Aguilar, publicó un mensaje por la mañana.',
			'«Nadie nos consultó —sostuvo la legisladora—. Y eso no se vale».',
		);
		expect(quotes).toEqual([
			['Nadie nos consultó', 'Renata Aguilar'],
			['Y eso no se vale', 'Renata Aguilar'],
		]);
	});

	it('gives a title two known people hold to the person the sentence before names', () => {
		const representative = (id: string, name: string): Person => ({
			id,
			name,
			aliases: [name.split(' ').at(-1)!],
			role: 'US Representative',
			pronoun: 'he',
		});
		const people = [
			...testPeople,
			representative('a-senator', 'Wade Porter'),
			representative('b-senator', 'Glen Maddox'),
		];
		const { quotes } = findQuotes(
			[
				'El coordinador de la bancada opositora, Ramiro Esquivel, publicó un mensaje por la mañana.',
				'«Nadie nos consultó —sostuvo el legislador—. Y eso no se vale».',
			],
			people,
		);
		expect(quotes.map(who)).toEqual([
			['Nadie nos consultó', 'Ramiro Esquivel'],
			['Y eso no se vale', 'Ramiro Esquivel'],
		]);
	});
});

describe('findQuotes: texts and institutions as sources', () => {
	it('gives a document’s words to the document whatever its verb', () => {
		expect(
			speakers(
				'The memo signed by both defense ministers on Jan. 12 binds each army to “act only on its own side” of the line, “without exception.”',
			),
		).toEqual([
			['act only on its own side', 'The memo'],
			['without exception.', 'The memo'],
		]);
	});

	it('keeps a month’s short form before its day inside one sentence', () => {
		expect(
			sentenceRanges('It was signed on Sept. 3 in Washington. Nothing followed.'),
		).toHaveLength(2);
	});

	it('takes “reads one message” and “a rumor … says” as new sources, not the speaker before', () => {
		const [hewitt, rumor, message] = find(
			'“Nothing has changed,” Hewitt said.',
			'A rumor that circulated among truckers says the crossing will “close for good.”',
			'“The bridge shuts Monday, tell everyone,” reads one message forwarded in several chats.',
		).quotes;
		expect(hewitt?.speaker).toBe('james-hewitt');
		expect(rumor?.description).toBe('A rumor');
		expect(message?.description).toMatch(/^one message/);
	});

	it('finds the body that opens the clause after an introductory phrase', () => {
		expect(
			speakers(
				'En una tarjeta difundida el martes, la Embajada de Canadá en México aseguró que el vínculo es “estable”.',
			),
		).toEqual([['estable', 'la Embajada de Canadá en México']]);
	});
});

describe('findQuotes: Spanish speech verbs in other shapes', () => {
	it('reads “se limitó a decir” as speech, and “quiere decir” as none', () => {
		expect(
			speakers('Una portavoz se limitó a decir que el gobierno “analiza todas las opciones”.'),
		).toEqual([['analiza todas las opciones', 'Una portavoz']]);
		expect(find('Eso quiere decir “sin reservas”.').quotes).toEqual([]);
	});

	it('reads a verb in the subjunctive past as speech', () => {
		expect(
			speakers('Me sorprendió que la alcaldesa Marta Olguín repitiera que “el agua no se vende”.'),
		).toEqual([['el agua no se vende', 'Marta Olguín']]);
	});

	it('finds the inverted subject past the one spoken to', () => {
		expect(
			speakers(
				'«Vamos tarde», comentó a la radio local el economista Ignacio Berrueta, de la Universidad de Sonora.',
			),
		).toEqual([['Vamos tarde', 'el economista Ignacio Berrueta']]);
	});
});

describe('findQuotes: a letters page', () => {
	it('never takes the salutation for a speaker', () => {
		const quotes = speakers(
			'Señor director: La columnista de este diario escribió que el plan es “un error caro”. No coincido.',
		);
		expect(quotes).toEqual([['un error caro', 'La columnista de este diario']]);
	});

	it('reads “Mi vecina” as someone described, not a name “Mi”', () => {
		expect(
			speakers(
				'Señor director: Mi vecina, que es enfermera, me dijo ayer: “Aquí nadie duerme tranquilo”.',
			),
		).toEqual([['Aquí nadie duerme tranquilo', 'Mi vecina']]);
	});

	it('takes the speaker a correction names in a cleft sentence after the quotation', () => {
		expect(
			speakers(
				'Señor director: Su nota atribuyó a Hegseth la frase “el plan sigue en pie”. Según el video, fue Trump quien la dijo.',
			)[0],
		).toEqual(['el plan sigue en pie', 'donald-trump']);
	});

	it('reads a word named as what was talked of as a term', () => {
		const { quotes, terms } = find(
			'Mi padre me contaba que en aquellos años, cuando llegaron los soldados, también se habló de “rescate”.',
		);
		expect(quotes).toEqual([]);
		expect(terms.map((term) => term.text)).toEqual(['rescate']);
	});
});
