import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: where a sentence ends', () => {
	it('ends a sentence at a quotation closing on a full stop, so the next one’s subject stays there', () => {
		const { quotes } = find(
			'The finance ministry said the lending rate was “under review” and that it expected “no sudden moves.” President Claudia Sheinbaum, asked about the rate, was brief. “The bank decides,” she said.',
		);
		expect(quotes.map(who)).toEqual([
			['under review', 'The finance ministry'],
			['no sudden moves.', 'The finance ministry'],
			['The bank decides,', 'claudia-sheinbaum'],
		]);
	});
});

describe('findQuotes: the noun phrase a speech verb has for its subject', () => {
	it.each([
		[
			'Una alianza de sindicatos agrícolas advirtió que el plan es «un riesgo para el campo».',
			'Una alianza de sindicatos agrícolas',
		],
		['Un lector escribió: «Nadie nos pregunta nada».', 'Un lector'],
		[
			'Traders at two Chicago funds wrote that the sell-off was "overdone."',
			'Traders at two Chicago funds',
		],
		['Opposition lawmakers said the deal was "a surrender."', 'Opposition lawmakers'],
		['A Brazilian diplomat said the summit was "a polite stalemate."', 'A Brazilian diplomat'],
	])('keeps the whole phrase as the source: %s', (text, source) => {
		expect(find(text).quotes.map(who)).toEqual([[expect.any(String), source]]);
	});

	it('takes no phrase of time for a speaker', () => {
		const [quote] = find('La semana pasada dijo que «no habrá marcha atrás».').quotes;
		expect(quote?.description ?? '').not.toMatch(/semana/);
	});

	it('reads the subject past an opening adverbial and a place set off by commas', () => {
		const { quotes } = find(
			'Two days ago, at a town hall in Tucson, a teacher stood up and asked: "Who pays for this?"',
		);
		expect(quotes.map(who)).toEqual([['Who pays for this?', 'a teacher']]);
	});

	it('reads a colon’s clause from after a section label’s colon', () => {
		const { quotes } = find(
			'ANALYSIS: A veteran negotiator, speaking privately, summed up the talks this way: "Nobody blinked."',
		);
		expect(quotes.map(who)).toEqual([['Nobody blinked.', 'A veteran negotiator']]);
	});
});

describe('findQuotes: the name an apposition gives a described speaker', () => {
	it.each([
		[
			'La directora del hospital, doctora Inés Carrillo Vega, afirmó que «faltan camas».',
			'Inés Carrillo Vega',
		],
		[
			'One caller, a retiree from Yuma named Walter Brisco, said the plan was "a fantasy."',
			'Walter Brisco',
		],
		[
			'Una tendera del mercado, Amalia Rincón, lo dijo sin rodeos: «Aquí nadie compra».',
			'Amalia Rincón',
		],
		[
			'El abogado penalista de la defensa Ramiro Quintana, también asesor, fue tajante: «No hay pruebas».',
			'Ramiro Quintana',
		],
	])('%s', (text, name) => {
		expect(find(text).quotes.map(who)).toEqual([[expect.any(String), name]]);
	});
});

describe('findQuotes: speech verbs in every form', () => {
	it.each([
		['Union leaders accuse the ministry of "hiding the numbers."', 'Union leaders'],
		['The mayor cautions that the bridge is "not a toy."', 'The mayor'],
		['Su vecina, Marta Solís, opinó que el plan es «un error».', 'Marta Solís'],
		['El diputado Saúl Ferrer consideró que el acuerdo «no sirve».', 'Saúl Ferrer'],
	])('%s', (text, source) => {
		expect(find(text).quotes.map(who)).toEqual([[expect.any(String), source]]);
	});

	it('reads a verb’s subject from after a section label’s colon', () => {
		const { quotes } = find(
			'2. (U) DOMESTIC POLITICS: Rural mayors accuse Claudia Sheinbaum of "forgetting the north."',
		);
		expect(quotes.map(who)).toEqual([['forgetting the north.', 'Rural mayors']]);
	});
});

describe('findQuotes: lines of dialogue', () => {
	it('gives an answer to the one asked, not to the reporter who asked', () => {
		const { quotes } = find(
			'La entrenadora Julia Bernal dirigió su último partido en casa.',
			'Tras el juego, Bernal evitó hablar del tema.',
			'—¿Piensa en el retiro? —le preguntó una periodista.',
			'—Pienso en el martes —dijo sonriendo—. Lo otro ya se verá.',
		);
		expect(quotes.map(who)).toEqual([
			['¿Piensa en el retiro?', 'una periodista'],
			['Pienso en el martes', 'Julia Bernal'],
			['Lo otro ya se verá.', 'Julia Bernal'],
		]);
	});

	it('leaves an answer without a speaker when the text never says who was asked', () => {
		const { quotes } = find('—¿Habrá acuerdo? —le preguntó un reportero.', '—No lo sé —dijo—.');
		expect(quotes.map(who)).toEqual([
			['¿Habrá acuerdo?', 'un reportero'],
			['No lo sé', null],
		]);
	});

	it('reads a subject past "sí" before its verb', () => {
		const { quotes } = find(
			'Antes del juego, la técnica del club, Rosa Olmos, fue cuestionada sobre el tema.',
			'Pero la capitana, la defensa Sofía Medel, sí opinó. «Aquí jugamos todas», dijo.',
		);
		expect(quotes.map(who)).toEqual([['Aquí jugamos todas', 'Sofía Medel']]);
	});
});

describe('findQuotes: a paragraph of speech alone carries on from the last speaker', () => {
	const opening =
		'The port director, Hilda Paredes, walked the pier. “We rebuild first,” she said.';

	it('carries the speaker across a paragraph about her only', () => {
		const { quotes } = find(opening, 'She looked at the cranes for a while.', '“Then we argue.”');
		expect(quotes.map(who)).toEqual([
			['We rebuild first,', 'Hilda Paredes'],
			['Then we argue.', 'Hilda Paredes'],
		]);
	});

	it('carries no one when someone else comes in between', () => {
		const { quotes } = find(opening, 'Her deputy, Raúl Soto, shook his head.', '“Then we argue.”');
		expect(quotes.map(who)).toEqual([
			['We rebuild first,', 'Hilda Paredes'],
			['Then we argue.', null],
		]);
	});
});

describe('findQuotes: words named as someone’s and then set out', () => {
	it('gives the quotation to the owner of the stated position', () => {
		const { quotes } = find(
			'James Hewitt met the committee on Monday.',
			'His stated position, repeated twice, is that the base will stay "open for business."',
		);
		expect(quotes.map(who)).toEqual([['open for business.', 'james-hewitt']]);
	});

	it('reads Spanish “su … es que” as the one the text is about', () => {
		const { quotes } = find(
			'Claudia Sheinbaum habló el martes con los gobernadores.',
			'Su consigna de siempre es que el país «no se vende, no se renta y no se entrega».',
		);
		expect(quotes.map(who)).toEqual([
			['no se vende, no se renta y no se entrega', 'claudia-sheinbaum'],
		]);
	});
});

describe('findQuotes: names with a shortened title, and gerunds after an apposition', () => {
	it('keeps a title’s full stop inside the name it opens', () => {
		const { quotes } = find(
			'State Rep. Elena Marsh’s office issued a note calling the raid "unlawful" and saying ranchers would "bear the cost of it."',
		);
		expect(quotes.map(who)[1]).toEqual([
			'bear the cost of it.',
			expect.stringContaining('Elena Marsh'),
		]);
	});

	it('gives a gerund after an apposition to the name the apposition follows', () => {
		const { quotes } = find(
			'The show aired a clip of Dr. Omar Pike, a surgeon at the county hospital, warning that "the beds are gone."',
		);
		expect(quotes.map(who)).toEqual([['the beds are gone.', 'Dr. Omar Pike']]);
	});
});

describe('findQuotes: a subject set off by a relative clause', () => {
	it('keeps the phrase before the relative clause as the source', () => {
		const { quotes } = find(
			'Una enfermera del hospital, que pidió no ser nombrada, contó que «faltan guantes y batas».',
		);
		expect(quotes.map(who)).toEqual([['faltan guantes y batas', 'Una enfermera del hospital']]);
	});

	it('carries that source to a later verb with its subject unwritten', () => {
		const { quotes } = find(
			'Claudia Sheinbaum visitó la zona el lunes.',
			'Un electricista de la cuadrilla, que pidió el anonimato, contó que el trabajo sigue. «Aquí nadie descansa», comentó.',
		);
		expect(quotes.map(who)).toEqual([['Aquí nadie descansa', 'Un electricista de la cuadrilla']]);
	});
});

describe('findQuotes: Spanish subjects after the verb and unwritten ones', () => {
	it('reads the subject after where the words were said', () => {
		const { quotes } = find(
			'Claudia Sheinbaum habló por la mañana.',
			'«Apoyamos el acuerdo sin reservas», señaló en un comunicado la Cámara Nacional de Comercio.',
		);
		expect(quotes.map(who)).toEqual([
			['Apoyamos el acuerdo sin reservas', 'la Cámara Nacional de Comercio'],
		]);
	});

	it('carries the person a titled subject names to a verb with no subject', () => {
		const { quotes } = find(
			'La Cancillería emitió una nota en la que subrayó «el respeto a la no intervención».',
			'El politólogo Andrés Vela, de la Universidad de Chile, cree que el voto será reñido. «Nadie gana por mucho —advierte—, y eso es sano.»',
		);
		expect(quotes.map(who).slice(1)).toEqual([
			['Nadie gana por mucho', 'Andrés Vela'],
			['y eso es sano.', 'Andrés Vela'],
		]);
	});
});

describe('findQuotes: the subject of a colon’s clause', () => {
	it('reads a name after a few lower-case words ("Su compañero Beto Cisneros reaccionó:")', () => {
		const { quotes } = find(
			'Claudia Sheinbaum dijo: «Nadie va a venir a hacer nuestro trabajo».',
			'Su cuñada Irma Paredes Gil reaccionó enseguida: «Eso ya lo hemos oído».',
		);
		expect(quotes.map(who)[1]).toEqual(['Eso ya lo hemos oído', 'Irma Paredes Gil']);
	});

	it('takes a surname alone before a colon for the one named in full before', () => {
		const { quotes } = find(
			'The hosts, Dana Whitfield and Marcus Lee, played a clip of Donald Trump saying cartels "run the place."',
			'Whitfield was blunt: "Nobody believes that."',
		);
		expect(quotes.map(who)[1]).toEqual(['Nobody believes that.', 'Dana Whitfield']);
	});

	it('takes no verb opening a clause for a surname', () => {
		const { quotes } = find('Señaló: «Estamos de acuerdo con la soberanía, no con el apuro».');
		expect(quotes[0]?.description ?? '').not.toBe('Señaló');
	});

	it('gives a Spanish colon’s clause with no subject to the one the text is about', () => {
		const { quotes } = find(
			'El obispo Alfonso Rentería leyó el texto al final de la misa. Después habló con este boletín: «La paz no llega en helicóptero».',
		);
		expect(quotes.map(who)).toEqual([['La paz no llega en helicóptero', 'Alfonso Rentería']]);
	});
});

describe('findQuotes: long described sources', () => {
	it('keeps a phrase set off by a relative clause before a colon', () => {
		const { quotes } = find(
			'Un gerente de una maquiladora con planta en Reynosa, que pidió el anonimato, fue más directo: «Aquí nadie invierte con miedo».',
		);
		expect(quotes.map(who)).toEqual([
			['Aquí nadie invierte con miedo', 'Un gerente de una maquiladora con planta en Reynosa'],
		]);
	});

	it('keeps "familiar with …" inside the phrase', () => {
		const { quotes } = find(
			'Three people familiar with the plans told reporters it was "a trial balloon."',
		);
		expect(quotes.map(who)).toEqual([['a trial balloon.', 'Three people familiar with the plans']]);
	});
});

describe('findQuotes: labels beside names', () => {
	it('takes no party-and-state label for a name', () => {
		const { quotes } = find(
			'Rep. Lena Ortiz, D-Ohio, said the vote was "a disgrace to the House."',
		);
		expect(quotes.map(who)).toEqual([
			['a disgrace to the House.', expect.stringContaining('Lena Ortiz')],
		]);
	});
});

describe('findQuotes: "the official" after the source that spoke last', () => {
	it('is the described source whose noun it repeats', () => {
		const { quotes } = find(
			'One of the officials said the dam was "holding for now." "Nobody here is sleeping much," the official said.',
		);
		expect(quotes.map(who)[1]).toEqual(['Nobody here is sleeping much,', 'One of the officials']);
	});

	it('is the person just quoted when the sentence before is about them', () => {
		const { quotes } = find(
			'La secretaria Claudia Sheinbaum salió al paso: «Los números están ahí». La funcionaria añadió que el diálogo «nunca ha sido mejor».',
		);
		expect(quotes.map(who)[1]).toEqual(['nunca ha sido mejor', 'claudia-sheinbaum']);
	});
});

describe('findQuotes: "one of them" as a speaker', () => {
	it('is one of the group named before', () => {
		const { quotes } = find(
			'Claudia Sheinbaum spoke first. Later, according to three bond traders, prices steadied. One of them described the session as "quiet, almost bored."',
		);
		expect(quotes.map(who)).toEqual([['quiet, almost bored.', 'One of three bond traders']]);
	});

	it('is no one named before when no group is', () => {
		const { quotes } = find(
			'Claudia Sheinbaum y el canciller hablaron con la prensa. Uno de ellos remató: «Aquí nadie se rinde».',
		);
		expect(quotes[0]?.speaker).toBeNull();
	});
});

describe('findQuotes: a possessor’s stated words in a that-clause', () => {
	it('gives the quotation to the one whose comment it is', () => {
		const { quotes } = find(
			'Donald Trump’s latest comment that tariffs would come "sooner than anyone in Mexico City thinks" rattled markets.',
		);
		expect(quotes.map(who)).toEqual([['sooner than anyone in Mexico City thinks', 'donald-trump']]);
	});
});

describe('findQuotes: a subject after an opening phrase set off by a comma', () => {
	it.each([
		[
			'Entre las llamadas que entraron al programa, una oyente de Tlalpan escribió: «Ya basta de amenazas, señores».',
			'una oyente de Tlalpan',
		],
		[
			'Según la radio, una empleada de la tienda, que pidió el anonimato, calificó la medida de «un error caro y lento».',
			'una empleada de la tienda',
		],
	])('%s', (text, source) => {
		expect(find(text).quotes.map(who)).toEqual([[expect.any(String), source]]);
	});
});

describe('findQuotes: a clause a semicolon opens', () => {
	it('gives a gerund the subject of its own clause, not the sentence’s first', () => {
		const { quotes } = find(
			'A ruling-party senator, Nora Vidal, called the vote ‘a formality’; the opposition’s Tomás Reyes agreed, saying it was ‘the least we can do together’.',
		);
		expect(quotes.map(who)).toEqual([
			['a formality', 'Nora Vidal'],
			['the least we can do together', 'Tomás Reyes'],
		]);
	});
});

describe('findQuotes: a noun for a doer before its verb', () => {
	it('takes "one marcher" for a source though no list names marchers', () => {
		const { quotes } = find(
			'The march, which one marcher called "the biggest since the strike," ended at dusk.',
		);
		expect(quotes.map(who)).toEqual([['the biggest since the strike,', 'one marcher']]);
	});
});

describe('findQuotes: a relative clause after a bracketed short name', () => {
	it('gives the relative clause’s verb the full name the bracket follows', () => {
		const { quotes } = find(
			'La Cámara Minera de México (Camimex), que pidió también «reglas claras para invertir», publicó su informe.',
		);
		expect(quotes.map(who)).toEqual([
			['reglas claras para invertir', 'La Cámara Minera de México (Camimex)'],
		]);
	});
});

describe('findQuotes: a document speaks for whoever put it out', () => {
	it('gives the document’s words to its issuer, past a title in quotation marks', () => {
		const { quotes } = find(
			'Una alianza de parteras del sur hizo público el martes un pronunciamiento sobre la reforma.',
			'El documento, titulado “Ni un paso atrás”, advierte que la reforma «dejará sin atención a miles de mujeres».',
		);
		expect(quotes.map(who)).toEqual([
			['dejará sin atención a miles de mujeres', expect.stringContaining('Una alianza')],
		]);
	});
});
