import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes in Spanish: speech verbs and marks', () => {
	it.each([
		['«No vamos a aceptar tropas», dijo Sheinbaum.', 'No vamos a aceptar tropas'],
		['Sheinbaum afirmó que «la soberanía no se negocia».', 'la soberanía no se negocia'],
		['“No habrá intervención”, aseguró Sheinbaum.', 'No habrá intervención'],
		[
			'Sheinbaum señaló: "Cooperamos, pero sin subordinación".',
			'Cooperamos, pero sin subordinación',
		],
		['«Eso no va a pasar», sostuvo Sheinbaum en Palacio Nacional.', 'Eso no va a pasar'],
		['«Jamás nos sometemos», recalcó Sheinbaum.', 'Jamás nos sometemos'],
		['«Nunca», apuntó Sheinbaum al ser cuestionada.', 'Nunca'],
		['«Me dijo que quería ayudar», relató Sheinbaum.', 'Me dijo que quería ayudar'],
		['«No está en discusión», ha afirmado Sheinbaum.', 'No está en discusión'],
	])('%s', (sentence, text) => {
		expect(find(sentence).quotes.map(who)).toEqual([[text, 'claudia-sheinbaum']]);
	});

	it('takes the subject after the verb, as Spanish puts it: "dijo la mandataria"', () => {
		const { quotes } = find(
			'Sheinbaum habló temprano. «No aceptamos injerencias», dijo la mandataria.',
		);
		expect(quotes.map(who)).toEqual([['No aceptamos injerencias', 'claudia-sheinbaum']]);
	});

	it('reads “…” inside « » as speech the speaker recounts', () => {
		const { quotes } = find(
			'Trump llamó el lunes. Sheinbaum lo contó así: «Me dijo: “Vamos a respetar su soberanía”. Y así ha sido».',
		);
		expect(quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
			['direct', 'Me dijo: “Vamos a respetar su soberanía”. Y así ha sido', 'claudia-sheinbaum'],
			['nested', 'Vamos a respetar su soberanía', 'donald-trump'],
		]);
	});

	it('gives recounted words to the one recounting when the verb is hers: "le contesté"', () => {
		const { quotes } = find(
			'Trump llamó el lunes. “Él me dijo: ‘Podemos ayudar’. Y yo le contesté: ‘No, gracias’”, relató Sheinbaum.',
		);
		expect(quotes.filter((q) => q.kind === 'nested').map((q) => [q.text, q.speaker])).toEqual([
			['Podemos ayudar', 'donald-trump'],
			['No, gracias', 'claudia-sheinbaum'],
		]);
	});
});

describe('findQuotes in Spanish: dashes', () => {
	it('splits a quotation at an em-dash interjection, both parts the speaker’s', () => {
		const { quotes } = find(
			'“Eso no va a ocurrir —recalcó Sheinbaum—. Colaboramos, pero sin subordinación”.',
		);
		expect(quotes.map(who)).toEqual([
			['Eso no va a ocurrir', 'claudia-sheinbaum'],
			['Colaboramos, pero sin subordinación', 'claudia-sheinbaum'],
		]);
	});

	it('splits at "—afirmó—:" and at a scraped " - recalcó- " too', () => {
		const colon = find('Sheinbaum respondió. «Lo hemos dicho —afirmó—: México es soberano».');
		expect(colon.quotes.map((q) => q.text)).toEqual(['Lo hemos dicho', 'México es soberano']);
		const hyphen = find(
			'Sheinbaum habló. "Nuestra respuesta es no - recalcó- México es soberano".',
		);
		expect(hyphen.quotes.map(who)).toEqual([
			['Nuestra respuesta es no', 'claudia-sheinbaum'],
			['México es soberano', 'claudia-sheinbaum'],
		]);
	});

	it('leaves a dash that sets off no speech verb inside the quotation', () => {
		const { quotes } = find(
			'«Cooperamos —y lo digo con claridad— pero sin sumisión», dijo Sheinbaum.',
		);
		expect(quotes.map((q) => q.text)).toEqual([
			'Cooperamos —y lo digo con claridad— pero sin sumisión',
		]);
	});

	it('reads lines of dialogue opened by a dash, the question put by whoever asks it', () => {
		const { quotes } = find(
			'En la conferencia, un reportero preguntó a Sheinbaum por el plan.',
			'—¿Habrá tropas en México?',
			'—No —respondió Sheinbaum—. Eso no va a ocurrir.',
		);
		expect(quotes.map(who)).toEqual([
			['¿Habrá tropas en México?', 'un reportero'],
			['No', 'claudia-sheinbaum'],
			['Eso no va a ocurrir.', 'claudia-sheinbaum'],
		]);
	});
});

describe('findQuotes in Spanish: speakers', () => {
	it('gives a verb with no subject written to the subject of the sentence before', () => {
		const { quotes } = find(
			'Sheinbaum habló en Palacio Nacional. «No hay ninguna invasión», aseguró.',
			'«Tampoco la habrá», añadió.',
		);
		expect(quotes.map(who)).toEqual([
			['No hay ninguna invasión', 'claudia-sheinbaum'],
			['Tampoco la habrá', 'claudia-sheinbaum'],
		]);
	});

	it('carries that subject past sentences that leave theirs unwritten too', () => {
		const { quotes } = find(
			'Sheinbaum rechazó el reporte. Señaló que hay presiones en Washington, como las de Trump.',
			'«No coincidimos con esa idea», enfatizó.',
		);
		expect(quotes.map(who)).toEqual([['No coincidimos con esa idea', 'claudia-sheinbaum']]);
	});

	it('gives no one named a plural verb with no subject: "le preguntaron" is "they asked"', () => {
		const { quotes } = find('Sheinbaum habló. «¿Y si actúan solos?», le preguntaron.');
		expect(quotes[0]).toEqual(
			expect.objectContaining({ speaker: null, description: 'unnamed questioner' }),
		);
	});

	it('keeps a name people.yaml does not know as the article writes it, and its surname after', () => {
		const { quotes } = find(
			'«Aquí ya hay militares en cada esquina», dijo Rosario Beltrán, comerciante del mercado.',
			'El investigador Tomás Ibarra, de la universidad estatal, advirtió que «nada cambiará».',
			'Beltrán añadió: «Nadie nos pregunta».',
		);
		expect(quotes.map(who)).toEqual([
			['Aquí ya hay militares en cada esquina', 'Rosario Beltrán'],
			['nada cambiará', 'Tomás Ibarra'],
			['Nadie nos pregunta', 'Rosario Beltrán'],
		]);
	});

	it('takes the subject of a clause a colon joins to the quotation', () => {
		expect(find('Sheinbaum fue tajante: «No».').quotes.map(who)).toEqual([
			['No', 'claudia-sheinbaum'],
		]);
		expect(
			find('«Jamás nos sometemos»: la respuesta de Sheinbaum a Trump').quotes.map(who),
		).toEqual([['Jamás nos sometemos', 'claudia-sheinbaum']]);
	});

	it('leaves "dijo" unattributed after a sentence whose subject is two people', () => {
		const { quotes } = find('Trump y Hegseth se reunieron. «Acordamos todo», dijo.');
		expect(quotes.map(who)).toEqual([['Acordamos todo', null]]);
		const one = find('Trump se reunió con Hegseth. «Acordamos todo», dijo.');
		expect(one.quotes.map(who)).toEqual([['Acordamos todo', 'donald-trump']]);
	});

	it('leaves a quotation unattributed when "él" could be either of two men', () => {
		const { quotes } = find('Trump se reunió con Hegseth. Él dijo: «Vamos a actuar».');
		expect(quotes[0]).toEqual(expect.objectContaining({ speaker: null, description: null }));
	});
});

describe('findQuotes in Spanish: scare quotes and terms are nobody’s speech', () => {
	it.each([
		['La llamada «Doctrina Monroe» vuelve al debate.', 'Doctrina Monroe'],
		['El término “narcoestado” no ayuda a nadie.', 'narcoestado'],
		['Sheinbaum desestimó la supuesta “invasión suave” del territorio.', 'invasión suave'],
		['La palabra de moda en Palacio Nacional es “soberanía”.', 'soberanía'],
		['Trump amenazó con declarar “terroristas” a los cárteles.', 'terroristas'],
		[
			'El “abrazos, no balazos” de la administración anterior dejó secuelas.',
			'abrazos, no balazos',
		],
	])('%s', (sentence, term) => {
		const { quotes, terms } = find(sentence);
		expect(quotes).toEqual([]);
		expect(terms.map((t) => t.text)).toEqual([term]);
	});

	it('keeps an outlet’s name in quotation marks out of the speech around it', () => {
		const { quotes, terms } = find('En conversación con ‘The NY Post’, Trump dijo estar listo.');
		expect(quotes).toEqual([]);
		expect(terms.map((t) => t.text)).toEqual(['The NY Post']);
	});
});

describe('findQuotes in Spanish: clauses and paragraphs around the speech', () => {
	it('reads "planteó" as setting out someone’s words, with the subject carried from before', () => {
		const { quotes } = find(
			'Sheinbaum insistió en que el país nunca admitirá tropas. A cambio, planteó una cooperación coordinada, pero “sin sumisión”.',
		);
		expect(quotes.map(who)).toEqual([['sin sumisión', 'claudia-sheinbaum']]);
	});

	it('does not give a quotation to the speech verb of a subordinate clause before it', () => {
		const { quotes } = find(
			'Sheinbaum explicó que, aunque Trump planteó el envío de soldados, su administración se mantuvo firme al sostener que “la soberanía no está en venta”.',
		);
		expect(quotes.map(who)).toEqual([['la soberanía no está en venta', 'claudia-sheinbaum']]);
	});

	it('ends an embedded post cut short at its ellipsis, spoken by whom the paragraph before introduced', () => {
		const { quotes } = find(
			'Sheinbaum contestó a la oferta y señaló que México prefiere cooperar.',
			'“Vamos a colaborar siempre, pero la seguridad de México le… pic.twitter.com/Qw7rTzK2Lm — Canal (@Canal) 4 de noviembre Sheinbaum puntualizó que su gobierno “no contaba con ningún dato”.',
		);
		expect(quotes.map(who)).toEqual([
			['Vamos a colaborar siempre, pero la seguridad de México le…', 'claudia-sheinbaum'],
			['no contaba con ningún dato', 'claudia-sheinbaum'],
		]);
	});
});

describe('findQuotes in Spanish: a word the speaker said, quoted again', () => {
	it('gives a headline’s quoted word to the one whose quotation holds it, with the word before it', () => {
		const { quotes, terms } = find(
			'Es "mentira" que los carteles manden en México',
			'"Es mentira. Aquí en México manda el pueblo", aseguró Sheinbaum.',
		);
		expect(quotes.map(who)).toEqual([
			['mentira', 'claudia-sheinbaum'],
			['Es mentira. Aquí en México manda el pueblo', 'claudia-sheinbaum'],
		]);
		expect(terms).toEqual([]);
	});

	it('keeps a lone word anyone uses a term, though a quotation holds it', () => {
		const { quotes, terms } = find(
			'La consigna en Palacio Nacional es “soberanía” cada mañana.',
			'«La soberanía se defiende», dijo Sheinbaum.',
		);
		expect(quotes.map(who)).toEqual([['La soberanía se defiende', 'claudia-sheinbaum']]);
		expect(terms.map((t) => t.text)).toEqual(['soberanía']);
	});

	it('finds no quotation anew in a paragraph a page repeats word for word', () => {
		const headline = '«No habrá tropas», dijo Sheinbaum.';
		const { quotes } = find(headline, 'Texto de la nota.', headline);
		expect(quotes.map((q) => q.block)).toEqual([0]);
	});
});

describe('findQuotes in Spanish: words in the first person that nothing attributes', () => {
	it('goes on from the speaker of the paragraph before', () => {
		const { quotes } = find(
			'«No van a entrar», dijo Sheinbaum.',
			'En todo caso, el gobierno de México analizará la orden, «pero no corremos el riesgo de que nos invadan».',
		);
		expect(quotes.map(who)).toEqual([
			['No van a entrar', 'claudia-sheinbaum'],
			['pero no corremos el riesgo de que nos invadan', 'claudia-sheinbaum'],
		]);
	});

	it('leaves them unattributed two paragraphs on, or in the third person', () => {
		const { quotes } = find(
			'«No van a entrar», dijo Sheinbaum.',
			'Otro párrafo sin citas.',
			'El gobierno analizará la orden, «pero no corremos el riesgo».',
			'«Tampoco van a pasar», dijo Sheinbaum.',
			'El gobierno estudia, «la orden llegó tarde y sin aviso previo».',
		);
		expect(quotes.slice(1).map(who)).toEqual([
			['pero no corremos el riesgo', null],
			['Tampoco van a pasar', 'claudia-sheinbaum'],
			['la orden llegó tarde y sin aviso previo', null],
		]);
	});
});

describe('findQuotes in Spanish: questions put by people the article does not name', () => {
	it('describes the askers of "le preguntaron" as an unnamed questioner, not the one asked', () => {
		const { quotes } = find(
			'Sheinbaum habló en Palacio Nacional.',
			'–¿Qué clase de intervención aceptaría usted? –le preguntaron a la mandataria.',
		);
		expect(quotes.map(who)).toEqual([
			['¿Qué clase de intervención aceptaría usted?', 'unnamed questioner'],
		]);
	});

	it('still gives a plural statement to no one: "dijeron" alone names nobody', () => {
		const { quotes } = find('Sheinbaum habló.', '«No habrá tropas en el país», dijeron.');
		expect(quotes.map(who)).toEqual([['No habrá tropas en el país', null]]);
	});
});

describe('findQuotes in Spanish: an answer to a question put to someone', () => {
	it('is theirs, whatever title the narrator calls them by', () => {
		// "el secretario" fits Hegseth alone: the narrator's title for the one asked is not.
		const { quotes } = find(
			'Hegseth llegó después.',
			'En la rueda de prensa, una periodista preguntó a Trump si descartaba ataques.',
			'—¿Puede garantizar que no habrá ataques?',
			'—Lo que puedo garantizar es que vamos a trabajar juntos —contestó el secretario.',
		);
		expect(quotes.map(who)).toEqual([
			['¿Puede garantizar que no habrá ataques?', 'una periodista'],
			['Lo que puedo garantizar es que vamos a trabajar juntos', 'donald-trump'],
		]);
	});

	it('goes by the title when no question was put to anyone just before', () => {
		const { quotes } = find(
			'Trump habló el lunes con Hegseth.',
			'—Lo que puedo garantizar es que vamos a trabajar juntos —contestó el secretario.',
		);
		expect(quotes.map(who)).toEqual([
			['Lo que puedo garantizar es que vamos a trabajar juntos', 'pete-hegseth'],
		]);
	});
});

describe('findQuotes in Spanish: wire copy and reported clauses', () => {
	it('splits straight-quoted speech at a hyphen set right against its verb ("-recalcó-")', () => {
		const { quotes } = find(
			'Sheinbaum habló en Palacio Nacional.',
			'"Eso no va a ocurrir -recalcó-. Colaboramos, pero sin subordinación", agregó.',
		);
		expect(quotes.map(who)).toEqual([
			['Eso no va a ocurrir', 'claudia-sheinbaum'],
			['Colaboramos, pero sin subordinación', 'claudia-sheinbaum'],
		]);
	});

	it('keeps a hyphenated word whole: no speech verb after the hyphen', () => {
		const { quotes } = find('"La relación México -estadounidense es sólida", dijo Sheinbaum.');
		expect(quotes.map(who)).toEqual([
			['La relación México -estadounidense es sólida', 'claudia-sheinbaum'],
		]);
	});

	it('hears a word or two after an article as speech in the clause a verb reports', () => {
		const { quotes, terms } = find(
			'Hegseth dijo que fue una «buena conversación».',
			'Hegseth advirtió sobre un «pantano» en la frontera.',
		);
		expect(quotes.map(who)).toEqual([['buena conversación', 'pete-hegseth']]);
		expect(terms.map((t) => t.text)).toEqual(['pantano']);
	});
});

describe('findQuotes in Spanish: an indefinite subject', () => {
	it('leaves "escribió alguien" to no one rather than to whom the text is about', () => {
		const { quotes } = find(
			'Sheinbaum habló de la oferta.',
			'«No somos colonia de nadie», escribió alguien en la red.',
		);
		expect(quotes.map(who)).toEqual([['No somos colonia de nadie', null]]);
	});
});
