import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import type { Person } from '../../src/schemas/people.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: an interview laid out as dash-led dialogue', () => {
	const interview = [
		'El economista Rodrigo Salcedo dirigió el banco central durante seis años. Conversamos con él sobre los aranceles.',
		'—¿Habrá recesión el próximo año?',
		'—No lo creo. La economía resiste mejor de lo que se dice.',
		'—¿Y el peso?',
		'—Cuando un funcionario del Tesoro dice “estamos tranquilos”, conviene preocuparse. El peso aguanta por ahora.',
		'Salcedo enseña hoy en una universidad pública.',
	];

	it('gives every line a speaker: questions to the interviewer, answers to the one introduced', () => {
		const { quotes } = find(...interview);
		expect(quotes.filter((q) => q.kind === 'direct').map(who)).toEqual([
			['¿Habrá recesión el próximo año?', 'el entrevistador'],
			['No lo creo. La economía resiste mejor de lo que se dice.', 'Rodrigo Salcedo'],
			['¿Y el peso?', 'el entrevistador'],
			[
				'Cuando un funcionario del Tesoro dice “estamos tranquilos”, conviene preocuparse. El peso aguanta por ahora.',
				'Rodrigo Salcedo',
			],
		]);
	});

	it('reads marks inside an answer as words the answer recounts, beside a source described', () => {
		const nested = find(...interview).quotes.filter((q) => q.kind === 'nested');
		expect(nested.map(who)).toEqual([['estamos tranquilos', 'un funcionario del Tesoro']]);
	});

	it('leaves two dash-led lines alone: a question and its answer in a news story', () => {
		const { quotes } = find(
			'Una periodista le preguntó a Sheinbaum por la llamada.',
			'—¿Habló con Trump?',
			'—Sí, y fue una buena conversación —respondió Sheinbaum—.',
		);
		expect(quotes.map(who)).toContainEqual([
			'Sí, y fue una buena conversación',
			'claudia-sheinbaum',
		]);
		expect(quotes.map((q) => q.description)).not.toContain('el entrevistador');
	});
});

describe('findQuotes: a name after its title', () => {
	it.each([
		[
			'Otra analista, la economista Teresa Quiroga, advirtió que el plan falla. «Nadie lo pagará», subrayó.',
			['Nadie lo pagará', 'Teresa Quiroga'],
		],
		[
			'El director del Instituto Nacional, el priista Ramón Ortiz Vega, tomó la palabra. «Votaremos en contra», dijo.',
			['Votaremos en contra', 'Ramón Ortiz Vega'],
		],
		[
			'El experto en comercio exterior Mauricio Landa Ríos, del Colegio, coincide en parte: «El arancel es un impuesto», sostuvo ante la prensa.',
			['El arancel es un impuesto', 'Mauricio Landa Ríos'],
		],
	])('%s', (sentence, expected) => {
		expect(find(sentence).quotes.map(who)).toEqual([expected]);
	});

	it('takes "la internacionalista Irene Solís" for a person named', () => {
		const [quote] = find(
			'«Es una amenaza sin plan», apuntó la internacionalista Irene Solís, de una universidad privada.',
		).quotes;
		expect(quote?.description).toContain('Irene Solís');
	});
});

describe('findQuotes: bodies and documents as sources', () => {
	it('reads "la dependencia" as the body the sentence before named', () => {
		const { quotes } = find(
			'Por la tarde, la Secretaría de Economía defendió el acuerdo. En una tarjeta, la dependencia aseguró que el texto “protege el empleo”.',
		);
		expect(quotes.map(who)).toEqual([['protege el empleo', 'la Secretaría de Economía']]);
	});

	it('reads "the agency" as the body the sentence before named', () => {
		const { quotes } = find(
			'The Federal Aviation Administration grounded the drones on Friday. In a notice, the agency said the flights were "unsafe at any altitude."',
		);
		expect(quotes.map(who)).toEqual([
			['unsafe at any altitude.', 'The Federal Aviation Administration'],
		]);
	});

	it('gives a statement "issued … saying" to whoever issued it', () => {
		const { quotes } = find(
			'Later, the state government issued a statement saying the border "remains open to trade" and urging calm.',
		);
		expect(quotes.map(who)).toEqual([['remains open to trade', 'the state government']]);
	});

	it('gives "a letter X sent …, which warned" to the letter’s sender', () => {
		const { quotes } = find(
			'Hewitt quoted a letter the Texas Senate sent to the governor in May, which warned of "a crisis without end."',
		);
		expect(quotes.map(who)).toEqual([['a crisis without end.', 'the Texas Senate']]);
	});

	it('takes "a former colleague" as someone who can speak', () => {
		const { quotes } = find(
			'We had little time. A former colleague of mine said it best: "Maps do not make policy."',
		);
		expect(quotes.map(who)).toEqual([['Maps do not make policy.', 'A former colleague of mine']]);
	});
});

describe('findQuotes: names that are not the person', () => {
	const people: Person[] = [
		...testPeople,
		{ id: 'ted-cruz', name: 'Ted Cruz', aliases: ['Cruz'], role: 'US Senator', pronoun: 'he' },
	];

	it('reads "Santa Cruz County Sheriff Elena Marsh" as the sheriff, not Senator Cruz', () => {
		const { quotes } = findQuotes(
			[
				'Santa Cruz County Sheriff Elena Marsh, whose office covers the crossing, said she had heard nothing. "We learn it from the news," she said.',
			],
			people,
		);
		expect(quotes.map(who)).toEqual([['We learn it from the news,', 'Elena Marsh']]);
	});

	it('still reads "Senator Cruz" as him', () => {
		const { quotes } = findQuotes(['"We will hold hearings," Senator Cruz said.'], people);
		expect(quotes.map(who)).toEqual([['We will hold hearings,', 'ted-cruz']]);
	});

	it.each([
		[
			'MONTERREY.— El gobernador local habló de Sheinbaum y luego aseguró que la relación es «de respeto».',
		],
		['SAN DIEGO (AP) — The governor of the state, a Democrat, said the talks were "of respect."'],
	])('never takes a wire dateline for the speaker: %s', (sentence) => {
		const found = find(sentence).quotes.map((q) => q.speaker ?? q.description ?? '');
		expect(found.some((speaker) => /MONTERREY|SAN DIEGO/.test(speaker))).toBe(false);
	});
});

describe('findQuotes: words talked about are not speech', () => {
	it('takes a word picked up again without marks for a term', () => {
		const { quotes, terms } = find(
			'Hewitt said he distrusts slogans. "When officials say "precise," I ask: precise for whom?"',
			'When critics say "temporary," I ask them: temporary until when?',
		);
		expect(quotes.map((q) => q.text)).not.toContain('temporary,');
		expect(terms.map((t) => t.text)).toContain('temporary,');
	});

	it('takes a word in single marks inside a quotation, that no one says, for a term', () => {
		const { quotes, terms } = find(
			'«En esta frontera la palabra ‘muro’ no es una metáfora», dijo Sheinbaum.',
		);
		expect(quotes.map((q) => q.text)).not.toContain('muro');
		expect(terms.map((t) => t.text)).toContain('muro');
	});
});
