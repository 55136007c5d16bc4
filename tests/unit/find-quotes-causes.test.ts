/**
 * General steps of the quote finder, each written for a class of misses seen over more than
 * one tuning set (issue 16, wip-q8), tested on sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: a Spanish interjection in a compound tense splits the quotation', () => {
	it.each([
		[
			'«No firmaremos nada —ha advertido Hegseth—, pero seguiremos hablando».',
			['No firmaremos nada', 'pero seguiremos hablando'],
		],
		[
			'“Lo sabíamos desde el martes —le había dicho Hegseth a un asesor—. Nadie nos escuchó”.',
			['Lo sabíamos desde el martes', 'Nadie nos escuchó'],
		],
	])('%s', (sentence, parts) => {
		expect(find(sentence).quotes.map(who)).toEqual(parts.map((part) => [part, 'pete-hegseth']));
	});
});

describe('findQuotes: a Spanish subject after the verb is never a preposition’s object', () => {
	it('reads past "por teléfono" and "desde Bruselas" to the speaker', () => {
		const { quotes } = find(
			'Hegseth habló el lunes. «El plazo se acaba», explica por teléfono Marta Ibarra, analista. «Nadie quiere ceder», añade desde Bruselas Luis Pardo, embajador del bloque.',
		);
		expect(quotes.map(who)).toEqual([
			['El plazo se acaba', 'Marta Ibarra'],
			['Nadie quiere ceder', 'Luis Pardo'],
		]);
	});

	it('keeps the one who spoke when the place after the verb is a name: "dijo en la Casa Blanca"', () => {
		const { quotes } = find(
			'Trump volvió a hablar de México. «Tienen que hacer más», dijo en la Casa Blanca.',
		);
		expect(quotes.map(who)).toEqual([['Tienen que hacer más', 'donald-trump']]);
	});
});

describe('findQuotes: a title with its field before a name gives the name', () => {
	it.each([
		[
			'Juan Pérez habló primero. «Hay miedo», advirtió la abogada de inmigración Paola Arreola.',
			'Hay miedo',
			'Paola Arreola',
		],
		[
			'"Rates will hold," said professor of economics Dana Whitt.',
			'Rates will hold,',
			'Dana Whitt',
		],
	])('%s', (sentence, text, name) => {
		expect(find(sentence).quotes.map(who)).toEqual([[text, name]]);
	});

	it('takes no proper noun of the field for the name: "profesora de Relaciones Internacionales"', () => {
		const { quotes } = find(
			'«Hay poco margen», explica Itziar Olabarria, profesora de Relaciones Internacionales.',
		);
		expect(quotes.map(who)).toEqual([['Hay poco margen', 'Itziar Olabarria']]);
	});
});

describe('findQuotes: a title some quotations on is the one it introduced', () => {
	it('takes "el exsenador" for the former senator, past someone quoted between', () => {
		const { quotes } = find(
			'El exsenador Raúl Ortiz opinó que «no hay prisa». La analista Daniela Ruiz dijo: «Es otra cosa».',
			'«Hay que esperar», sostuvo el exsenador.',
		);
		expect(quotes.map(who).at(-1)).toEqual(['Hay que esperar', 'Raúl Ortiz']);
	});

	it('reads a Spanish "ex" title as the office’s noun: "un exministro de Energía"', () => {
		const { quotes } = find('«No hay acuerdo», dijo un exministro de Energía.');
		expect(quotes.map(who)).toEqual([['No hay acuerdo', 'un exministro de Energía']]);
	});
});

describe('findQuotes: a verb with its subject after it carries that subject to the next', () => {
	it('gives "añade" to the one "explica" named, not to the paragraph before’s subject', () => {
		const { quotes } = find(
			'Fuentes del ministerio señalan que Madrid sigue la situación «con atención».',
			'«Hay poco margen», explica Itziar Olabarria, profesora de Relaciones Internacionales. «Necesita firmeza», añade.',
		);
		expect(quotes.map(who).slice(1)).toEqual([
			['Hay poco margen', 'Itziar Olabarria'],
			['Necesita firmeza', 'Itziar Olabarria'],
		]);
	});
});

describe('findQuotes: a wire dateline with its date and agency is never the speaker', () => {
	it.each([
		[
			'Buenos Aires, 3 oct (Agencia) - El secretario de Defensa, Pete Hegseth, descartó hoy el plan y aseguró que la relación es «de respeto».',
			'pete-hegseth',
		],
		[
			'SAN DIEGO, Oct. 3 (Agency) -- Defense Secretary Pete Hegseth said Friday the talks were "of respect."',
			'pete-hegseth',
		],
	])('%s', (sentence, speaker) => {
		expect(find(sentence).quotes.map((q) => q.speaker)).toEqual([speaker]);
	});
});

describe('findQuotes: a Spanish quotation followed by a lone preterite is that verb’s speech', () => {
	it('carries the main clause’s subject, not a relative clause’s, to "«…», remachó."', () => {
		const { quotes } = find(
			'Hegseth contestó así a un comentario del presidente, Donald Trump, quien dijo que el Pentágono «va lento».',
			'«Tenemos planes, fechas y recursos», remachó.',
		);
		expect(quotes.map(who)).toEqual([
			['va lento', 'donald-trump'],
			['Tenemos planes, fechas y recursos', 'pete-hegseth'],
		]);
	});
});

describe('findQuotes: a definite noun no list knows is an epithet for who the text is about', () => {
	it.each([
		['Trump spoke at a rally on Friday. The billionaire said: “We will win.”', 'We will win.'],
		[
			'Hegseth visitó la frontera el martes. El veterano recordó que ya lo había dicho: «Nadie nos llamó».',
			'Nadie nos llamó',
		],
	])('%s', (sentence, text) => {
		const { quotes } = find(sentence);
		expect(quotes.map(who)).toEqual([
			[text, sentence.startsWith('Trump') ? 'donald-trump' : 'pete-hegseth'],
		]);
	});

	it('leaves a source the article names by its noun alone: "the US says"', () => {
		const { quotes } = find('Trump spoke on Friday. The US says "all options" remain open.');
		expect(quotes.map(who)).not.toContainEqual(['all options', 'donald-trump']);
	});
});

describe('findQuotes: "she said" carries on the one who reported, not the one reported on', () => {
	it.each([
		[
			[
				'Ana Ruiz, a lecturer at a university, said Sheinbaum was in trouble.',
				'"If she gives in, she is accused of selling out," she said.',
			],
			'Ana Ruiz',
		],
		[
			[
				'Ana Ruiz, a lecturer, said Sheinbaum was in trouble. "If she gives in, she is accused of selling out," she said.',
			],
			'Ana Ruiz',
		],
		[
			['La analista Ana Ruiz dijo que Sheinbaum está en apuros. «Si cede, la acusan», dijo ella.'],
			'Ana Ruiz',
		],
	])('%j', (blocks, name) => {
		expect(
			find(...blocks)
				.quotes.map(who)
				.at(-1)?.[1],
		).toBe(name);
	});

	it('still takes the one named inside when the reporter cannot be "she"', () => {
		const { quotes } = find(
			'Trump said Sheinbaum was in trouble. "We will not give in," she said.',
		);
		expect(quotes.map(who)).toEqual([['We will not give in,', 'claudia-sheinbaum']]);
	});
});

describe('findQuotes: an apposition that is someone’s role leaves the name before it speaking', () => {
	it.each([
		[
			'Luis Pardo, Mr Trump’s border adviser, told reporters the plan would "do whatever it takes".',
			'Luis Pardo',
		],
		['Luis Pardo, Hegseth\'s chief of staff, said the plan was "ready".', 'Luis Pardo'],
		['Luis Pardo, asesor de Trump en la frontera, dijo que el plan está «listo».', 'Luis Pardo'],
	])('%s', (sentence, name) => {
		expect(find(sentence).quotes.map(who)[0]?.[1]).toBe(name);
	});
});

describe('findQuotes: a body the reporter owns speaks through the reporter', () => {
	it.each([
		[
			'Foreign Minister Ana Ruiz said her ministry had asked Washington for “clarity” about the plans.',
			/Ana Ruiz$/,
		],
		[
			'La canciller Ana Ruiz dijo que su ministerio había pedido a Washington «claridad».',
			/^Ana Ruiz$/,
		],
	])('%s', (sentence, name) => {
		expect(find(sentence).quotes.map(who)[0]?.[1]).toMatch(name);
	});

	it('leaves a sentence whose only verb is the body’s to the body', () => {
		expect(find('Her ministry asked Washington for “clarity”.').quotes.map(who)).toEqual([
			['clarity', 'Her ministry'],
		]);
	});
});

describe('findQuotes: a head of state is their country’s leader', () => {
	it.each([
		[
			'Hegseth spoke on Friday.',
			'Mexican leader says cooperation has ‘limits’',
			'claudia-sheinbaum',
		],
		['Hegseth spoke on Friday.', 'The US leader said the talks had “limits”.', 'donald-trump'],
	])('%s %s', (before, sentence, speaker) => {
		expect(find(before, sentence).quotes.map((q) => q.speaker)).toEqual([speaker]);
	});

	it('leaves "the leader" with no country to no one in particular', () => {
		const { quotes } = find('Hegseth spoke on Friday.', 'The leader said the talks had “limits”.');
		expect(quotes.map((q) => q.speaker)).toEqual([null]);
	});
});

describe('findQuotes: a name given to a thing is a term, whoever gives it', () => {
	it.each([
		[
			'Hegseth said force could be used against what he calls “narco-terrorist” groups.',
			'narco-terrorist',
		],
		[
			'The Pentagon has labeled several gangs “narco-terrorists,” a step critics question.',
			'narco-terrorists,',
		],
		[
			'The administration designated the gangs as “foreign terrorist organizations.”',
			'foreign terrorist organizations.',
		],
		[
			'Washington designó en febrero a seis bandas como organizaciones «terroristas», dijo Hegseth.',
			'terroristas',
		],
		['The Pentagon’s “drone czar,” Luis Pardo, said the flights were “routine”.', 'drone czar,'],
	])('%s', (sentence, term) => {
		const { quotes, terms } = find(sentence);
		expect(terms.map((t) => t.text)).toContain(term);
		expect(quotes.map((q) => q.text)).not.toContain(term);
	});

	it.each([
		[
			'Ambassador Luis Pardo has praised what he called “unprecedented” cooperation.',
			'unprecedented',
		],
		['Hegseth called the talks “preliminary but serious.”', 'preliminary but serious.'],
		['La Casa Blanca ha calificado de «productivo» el diálogo, dijo Hegseth.', 'productivo'],
	])('still reads calling something so as speech: %s', (sentence, text) => {
		expect(find(sentence).quotes.map((q) => q.text)).toContain(text);
	});
});

describe('findQuotes: words in a clause a speech verb reports are speech, "that" or no "that"', () => {
	it.each([
		[
			'Hegseth said the two armies had a “working understanding” on the border.',
			'working understanding',
		],
		[
			'Hegseth dijo que los dos ejércitos tenían un «entendimiento práctico» en la frontera.',
			'entendimiento práctico',
		],
	])('%s', (sentence, text) => {
		expect(find(sentence).quotes.map(who)).toEqual([[text, 'pete-hegseth']]);
	});

	it('still takes a word or two the verb does not report for a term: "warned of a “quagmire”"', () => {
		expect(find('Hegseth warned of a “quagmire” on the border.').terms.map((t) => t.text)).toEqual([
			'quagmire',
		]);
	});
});

describe('findQuotes: bodies named in the plural are sources', () => {
	it.each([
		['Ambos gobiernos han calificado de «productivo» el diálogo.', 'productivo', 'Ambos gobiernos'],
		[
			'Both governments have described the talks as “productive”.',
			'productive',
			'Both governments',
		],
		['Las embajadas aseguraron que la situación es «estable».', 'estable', 'Las embajadas'],
	])('%s', (sentence, text, source) => {
		expect(find(sentence).quotes.map(who)).toEqual([[text, source]]);
	});
});

describe('findQuotes: a Spanish compound tense of a verb on "-scribir" reports speech', () => {
	it('reads "ha descrito … como «…»" as the describer’s words', () => {
		const { quotes } = find(
			'Hegseth ha descrito en las últimas semanas la relación como «la mejor en años».',
		);
		expect(quotes.map(who)).toEqual([['la mejor en años', 'pete-hegseth']]);
	});
});

describe('findQuotes: a Spanish plural verb with its subject unwritten shares its sentence’s', () => {
	it('gives "aunque advierten que «…»" to the plural subject before it', () => {
		const { quotes } = find(
			'Los analistas dicen apoyar el plan, aunque advierten que la estrategia «no llega a los barrios».',
		);
		expect(quotes.map(who)).toEqual([['no llega a los barrios', 'Los analistas']]);
	});

	it('still gives a plural with no subject before it to no one', () => {
		expect(find('Hegseth habló. «Eso no», dijeron.').quotes.map(who)).toEqual([['Eso no', null]]);
	});
});

describe('findQuotes: a headline quoting words someone says in the body gives them to that speaker', () => {
	it.each([
		[
			'«La calma no llega con drones»: obispos ante la crisis',
			'El obispo Luis Pardo habló tras la misa y advirtió: «Entendemos la preocupación. Pero la calma no llega con drones».',
		],
		[
			'"Calm does not come by drone": bishops weigh in',
			'Bishop Luis Pardo spoke after Mass. "We understand the worry. But calm does not come by drone," he said.',
		],
	])('%s', (headline, body) => {
		expect(find(headline, body).quotes[0]?.description).toMatch(/Luis Pardo$/);
	});
});

describe('findQuotes: a past verb with a speaker and a reported clause reports the quotation in it', () => {
	it.each([
		[
			'Hegseth spoke first. Ana Ruiz objected that the plan was “not ready” for the border.',
			'not ready',
		],
		[
			'Hegseth habló primero. Su asesora, Ana Ruiz, matizó después que «ayudar no significa invadir».',
			'ayudar no significa invadir',
		],
	])('%s', (sentence, text) => {
		expect(find(sentence).quotes.map(who)).toEqual([[text, 'Ana Ruiz']]);
	});

	it('leaves words no one can say to the term reading: "The data showed that …"', () => {
		const { quotes } = find('The data showed that the plan was “not ready” for the border.');
		expect(quotes).toEqual([]);
	});
});

describe('findQuotes: the one told may stand between a verb and the word it needs', () => {
	it('reads "confiaron a este diario que «…»" as speech', () => {
		const { quotes } = find(
			'Fuentes del Pentágono confiaron a este diario que Hegseth «está furioso» con la filtración.',
		);
		expect(quotes.map(who)).toEqual([['está furioso', 'Fuentes del Pentágono']]);
	});

	it('still reads "confía en" (to trust) as no speech', () => {
		const { quotes } = find('Hegseth confía en que el plan sea «un éxito» para todos.');
		expect(quotes.map(who)).not.toContainEqual(['un éxito', 'pete-hegseth']);
	});
});
