import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { movedToDek } from '../../src/lib/ingest/header-signs.ts';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';

/**
 * Ingestion in each language it reads, on text made of an article's sentences with a
 * page's residue between them: it never throws, and it never removes a sentence of the
 * article (content is sacred: a doubtful sentence is flagged, never dropped).
 */
const story = 'sheinbaum-rejects-us-troops';

interface Language {
	name: string;
	subjects: string[];
	verbs: string[];
	objects: string[];
	/**
	 * Sentences that open with a word of the page's interface, or do one thing an outlet's
	 * promotion of itself does (speak of the outlet, or to the reader): at most flagged.
	 */
	cueSentences: string[];
	/** Short sentences an author writes, which no widget says. */
	short: string[];
	/** A letter's close and the name that signs it, which may end the text. */
	signOff: [string, string];
	/** A dispatch's credit to the wires or colleagues, stop or none, which may end the text. */
	credits: string[];
	/**
	 * A page's head: a notice bar above the menu, the menu's labels, then the headline and a
	 * deck that reads as a sentence but closes without a stop.
	 */
	head: { notices: string[]; labels: string[]; headlines: string[]; decks: string[] };
	/** What a scraped page leaves around the text in that language. */
	residue: string[];
	/**
	 * A sentence of the text, and lines of the article in its words that close without a stop
	 * (a subhead, a deck, its last line): read as headlines, they went when set in a teaser's place.
	 */
	own: { sentence: string; lines: string[] };
	/**
	 * A box set between paragraphs: its titles and its teasers' headlines, and the short
	 * subheads an author sets that allude rather than name the subject ("A warning to
	 * Washington"): set right after the box, one went as the box's last teaser.
	 */
	box: { titles: string[]; teasers: string[]; subheads: string[] };
}

const languages: Language[] = [
	{
		name: 'English',
		subjects: [
			'The president',
			'Her government',
			'Two senior officials',
			'The foreign minister',
			'Lawmakers in both chambers',
		],
		verbs: [
			'said on Tuesday that',
			'told reporters at the palace that',
			'insisted in a statement that',
			'warned during the briefing that',
		],
		objects: [
			'no foreign troops would be allowed on national soil.',
			'cooperation with Washington would continue on equal terms.',
			'the report was wrong and had not been checked with them.',
			'the border mission had not changed since the spring.',
		],
		cueSentences: [
			'Share prices of Mexican airlines fell after the announcement on Friday.',
			'Follow-up talks between the two ministers are set for June.',
			'Comments from the embassy came late in the evening, after the briefing.',
			'Related measures were approved by the Senate in the spring.',
			'Our reporters counted four convoys at the crossing on Monday.',
			'What does the agreement change for you?',
			'Key events of the week were the two calls between the presidents.',
			'Continued pressure from Washington worried the markets on Monday.',
			'The views expressed by the senators ranged from caution to anger.',
			'Inside the palace, aides said the reply had been drafted overnight.',
			'Dana Whitfield was told by two officials that the convoy had turned back.',
			'This content may change as the talks go on, the ministry warned.',
			'Updated figures from the ministry were released on Monday.',
			'Follow-the-money rules were tightened by the Treasury last year.',
			'Follow-up visits were refused.',
			'Thanks for reading. Tell me where you think I went wrong.',
			'Edited footage of the raid was shown to the committee on Monday.',
			'Something went wrong with the voter registration, the auditors said.',
			'Stay on top of the figures, the minister told her staff.',
			'Comments are disabled on the senator’s account since Monday, his office said.',
			'Data was delayed by the statistics office until Monday, the auditors said.',
			'Published in March, the audit covered the whole of 2025.',
			'Our comments were taken out of context, the minister said.',
			'This newspaper was told by two officials that the convoy had turned back.',
		],
		short: ['It did not.', 'Nobody believed her.', 'That was the point.', 'She was right.'],
		signOff: ['See you Thursday,', 'Dana'],
		credits: [
			'With files from the wire services',
			'Additional reporting by Tom Ashby in Houston',
			'Reporting by Ines Vale; Editing by Bo Carr',
			'Two correspondents contributed to this report.',
		],
		head: {
			notices: [
				'Power cuts: none expected in your area today',
				'Traffic update: the bridge reopens at noon',
			],
			labels: ['News', 'World', 'Politics', 'Sport', 'Opinion', 'Business'],
			headlines: [
				'Mexico turns down US troops in cartel fight',
				'Border talks stall over troop question',
			],
			decks: [
				'The president tells reporters that help must not turn into occupation',
				'Officials say the two governments will keep talking but not about soldiers',
			],
		},
		residue: [
			'Share',
			'Advertisement',
			'Related',
			'Most read',
			'Read more: Ten things to know about the border',
			'Subscribe now',
			'Comments (12)',
			'Updated 6:03 PM ET',
			'World | Americas',
			'Storm brings heavy snow to the north',
			'Sign up for our newsletter',
			'Watch Live',
			'© 2026 Example News',
			'Click to share on X (Opens in new window)',
			'More in World',
			'Get our morning briefing, delivered to you every weekday.',
			'Video player is loading.',
			'Show key events only',
			'Pinned post',
			'2h ago Talks resume in Washington',
			'Please enable JavaScript to see this content',
			'Skip to key events',
			'See TALKS, A6',
			'Continued from A1',
			'INSIDE',
			'Weather B8',
			'(more)',
			'AP/jlp',
			'You have 2 free articles left this month.',
			'X: @frontera_desk',
			'Read full story at The Valley Courier',
			'1.5x',
			'1 of 3',
			'The views expressed here are those of the author.',
			'BY DANA WHITFIELD',
			'Published 02.12.2026, 9:40 a.m.',
			'Follow us on Instagram for the latest updates.',
			'FCC Public File',
			'Image',
			'Written by Web Desk',
			'Was this article helpful?',
			'Show original',
			'13 hr. ago',
			'-0-',
			'Sign in to join the conversation.',
			"You're all signed up. Thanks!",
			'Make us your preferred source on Google',
			'Premium content',
		],
		own: {
			sentence:
				'The border mission and the question of foreign troops dominated the talks in Washington.',
			lines: [
				'Border mission talks in Washington go on',
				'What foreign troops would mean for the border mission',
				'The question of troops dominated the talks',
			],
		},
		box: {
			titles: ['Related', 'Read more', 'More on this story', 'Also read'],
			teasers: [
				'Storm brings heavy snow to the north',
				'Peso slips for a third day as oil prices fall',
				'Senate committee sets a vote on the border mission',
			],
			subheads: ['A warning to Washington', 'What comes next', 'The reply', 'No troops, no deal'],
		},
	},
	{
		name: 'Spanish',
		subjects: [
			'La presidenta',
			'Su gobierno',
			'Dos funcionarios de alto nivel',
			'El canciller',
			'Los legisladores de ambas cámaras',
		],
		verbs: [
			'dijo este martes que',
			'aseguró en Palacio Nacional que',
			'insistió en un comunicado que',
			'advirtió durante la conferencia que',
		],
		objects: [
			'no se permitirá la entrada de tropas extranjeras al país.',
			'la cooperación con Washington seguirá en términos de igualdad.',
			'el reporte era falso y nadie lo había consultado con ellos.',
			'la misión en la frontera no ha cambiado desde la primavera.',
		],
		cueSentences: [
			'Compartir información de inteligencia es parte del acuerdo, dijo el canciller.',
			'Comentar la decisión no le correspondía al embajador, según la cancillería.',
			'Publicidad oficial y propaganda no son lo mismo, recordó la presidenta.',
			'Lo más leído en la prensa estadounidense fue el reporte de la cadena.',
			'Nuestros periodistas contaron cuatro convoyes en el cruce el lunes.',
			'¿Qué cambia el acuerdo para ti?',
			'Más de 300 camiones esperaban en la fila desde la madrugada.',
			'Las opiniones de los legisladores estuvieron divididas durante la sesión.',
			'Este material fue entregado a la fiscalía el martes, según la defensa.',
			'Le quedan dos años de mandato a la presidenta, recordó el analista.',
			'Rosa Elena Quintana fue testigo del operativo en la garita.',
			'Sigue nuestras redes de apoyo, pidió el alcalde a los migrantes.',
			'Actualizado el padrón, el instituto abrió las casillas el domingo.',
			'La presidenta responde preguntas todos los viernes en Palacio.',
			'Gracias por leer. Díganme en qué me equivoqué.',
			'Lea también el informe, pidió el senador a sus colegas.',
			'Algo salió mal en el conteo, admitió el instituto electoral.',
			'Mantente al tanto de las cifras, pidió la ministra a su equipo.',
			'Según supo este medio, los senadores votarán el martes.',
			'Los comentarios están desactivados en la cuenta del senador desde el lunes.',
			'Datos del instituto con retraso de dos meses mostraron una caída del empleo.',
			'Publicado en marzo, el informe abarcó todo 2025.',
		],
		short: ['No ocurrió.', 'Nadie le creyó.', 'Ese era el punto.', 'Tenía razón.'],
		signOff: ['Nos leemos el jueves,', 'Lucía'],
		credits: [
			'Con información de agencias',
			'Con reportes de nuestros corresponsales en Washington',
			'Con información de la redacción.',
		],
		head: {
			notices: ['Clima: cielo despejado en la capital hoy', 'Tránsito: el puente abre a mediodía'],
			labels: ['Noticias', 'Mundo', 'Política', 'Deportes', 'Opinión', 'Economía'],
			headlines: [
				'México rechaza tropas de EE.UU. contra los cárteles',
				'Se estancan las pláticas sobre la frontera',
			],
			decks: [
				'La presidenta dice a la prensa que la ayuda no debe volverse una ocupación',
				'Los dos gobiernos seguirán hablando, pero no de soldados, según funcionarios',
			],
		},
		residue: [
			'Compartir',
			'Publicidad',
			'Relacionado',
			'Lo más leído',
			'Lee también: Las cinco claves de la reforma',
			'Suscríbete',
			'Comentarios',
			'hace 3 horas',
			'Inicio / Internacional',
			'Cae presunto jefe de plaza en Culiacán',
			'Recibe nuestro boletín en tu correo',
			'En vivo',
			'Todos los derechos reservados © 2025',
			'Archivado en',
			'Notas relacionadas',
			'Mirá también',
			'Copiar enlace',
			'Únete a nuestro canal y recibe las noticias en tu celular.',
			'Retroceder 15 segundos',
			'Momentos clave',
			'Fijado',
			'Cargar más actualizaciones',
			'Activa JavaScript para ver este contenido',
			'Saltar a la navegación',
			'Continúa en la página 8',
			'(más)',
			'AI/mgr/jlp',
			'Te quedan 2 artículos gratuitos este mes.',
			'Instagram: @diario_frontera',
			'Cables relacionados',
			'Más de Opinión',
			'Lee la nota completa en Diario Capital',
			'Las opiniones expresadas son responsabilidad exclusiva de su autor.',
			'Este material no puede ser publicado sin autorización previa por escrito.',
			'hace 2 h',
			'Rosa Elena Quintana',
			'3 de febrero de 2026',
			'Actualizado el 12/02/2026, 9:40 a. m.',
			'Síguenos en Google News para no perderte nada.',
			'Para más noticias, sigue nuestras redes sociales',
			'Imagen',
			'Escuchar',
			'Escrito por Redacción Web',
			'¿Te fue útil esta información?',
			'Fecha de publicación',
			'Comunicado 12 (PDF, 90 KB)',
			'Inicia sesión para dejar tu comentario.',
			'Algo salió mal. Inténtalo de nuevo.',
			'Contenido premium',
			'Dólar $17,20 | Euro $19,85',
		],
		own: {
			sentence:
				'La misión en la frontera y las tropas extranjeras dominaron las pláticas en Washington.',
			lines: [
				'Las pláticas sobre la misión en la frontera siguen',
				'Qué significarían las tropas extranjeras para la misión en la frontera',
				'Las tropas extranjeras dominaron las pláticas en Washington',
			],
		},
		box: {
			titles: ['Noticias relacionadas', 'Lee también', 'Te puede interesar', 'Relacionadas'],
			teasers: [
				'Cae presunto jefe de plaza en Culiacán',
				'El peso cae por tercer día frente al dólar',
				'El Senado votará el viernes la misión en la frontera',
			],
			subheads: [
				'Un aviso a Washington',
				'Lo que viene',
				'La respuesta',
				'Sin tropas no hay trato',
			],
		},
	},
];

describe.each(languages)('ingestArticle on $name text', (language) => {
	// A plain sentence of the language: subject, verb, object.
	const plainSentence = fc
		.tuple(
			fc.constantFrom(...language.subjects),
			fc.constantFrom(...language.verbs),
			fc.constantFrom(...language.objects),
		)
		.map((parts) => parts.join(' '));
	const sentence = fc.oneof(
		plainSentence,
		fc.constantFrom(...language.short),
		fc.constantFrom(...language.cueSentences),
	);
	const residueLine = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...language.residue) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
	);
	/**
	 * Sentences (each once: a repeated line is a repeated teaser) with residue between them,
	 * and at times the author's sign-off or a credit to the wires ("With files from …") after the
	 * last one, residue right after it too.
	 */
	const page = fc
		.tuple(
			fc.uniqueArray(sentence, { minLength: 1, maxLength: 12 }),
			fc.array(fc.array(residueLine, { maxLength: 4 }), { minLength: 13, maxLength: 13 }),
			fc.constantFrom('\n', '\n\n', '\r\n'),
			fc.boolean(),
			fc.option(fc.constantFrom(...language.credits)),
		)
		.map(([sentences, runs, eol, signed, credit]) => {
			const lines: { text: string; sentence: boolean }[] = [];
			sentences.forEach((text, i) => {
				for (const r of runs[i]!) lines.push({ text: r, sentence: false });
				lines.push({ text, sentence: true });
			});
			if (signed) for (const text of language.signOff) lines.push({ text, sentence: true });
			if (credit !== null) lines.push({ text: credit, sentence: true });
			for (const r of runs[12]!) lines.push({ text: r, sentence: false });
			return { lines, eol };
		});

	it('never throws: it returns an article or the problems that stop it', () => {
		fc.assert(
			fc.property(page, ({ lines, eol }) => {
				const text = lines.map((l) => l.text).join(eol);
				const result = ingestArticle(Buffer.from(text), { story, id: 'property' });
				expect(result.problems.length > 0 || result.frontmatter !== undefined).toBe(true);
			}),
			{ numRuns: 200 },
		);
	});

	it('never removes a section break that stands between two of its paragraphs', () => {
		// A long read's "*" or "* * *" carries no words, so a rule for counters and icons can
		// take it for the page's: it is the text's whenever paragraphs stand on both sides, even
		// with a box the page set at the break (an ad slot, an appeal) between it and one.
		const pages = fc
			.tuple(
				fc.uniqueArray(plainSentence, { minLength: 4, maxLength: 10 }),
				fc.nat(),
				fc.constantFrom('*', '* * *', '***', '⁂', '◆ ◆ ◆', '∗'),
				fc.array(fc.constantFrom(...language.residue), { maxLength: 4 }),
				fc.array(fc.constantFrom(...language.residue), { maxLength: 4 }),
				fc.array(fc.constantFrom(...language.residue), { maxLength: 2 }),
				fc.array(fc.constantFrom(...language.residue), { maxLength: 2 }),
				fc.constantFrom('\n', '\n\n'),
			)
			.map(([sentences, at, glyph, before, after, boxAbove, boxBelow, eol]) => {
				const cut = 2 + (at % (sentences.length - 2));
				const body = [
					...sentences.slice(0, cut),
					...boxAbove,
					glyph,
					...boxBelow,
					...sentences.slice(cut),
				];
				const lines = [...before, ...body, ...after];
				return { lines, glyphLine: before.length + cut + boxAbove.length + 1, eol };
			});
		let checked = 0;
		fc.assert(
			fc.property(pages, ({ lines, glyphLine, eol }) => {
				const result = ingestArticle(Buffer.from(lines.join(eol)), { story, id: 'property' });
				if (result.problems.length > 0) return;
				checked++;
				const line = eol === '\n' ? glyphLine : glyphLine * 2 - 1;
				const removed = result.frontmatter!.provenance.removed.filter((r) => r.line === line);
				expect(removed, lines[glyphLine - 1]).toEqual([]);
			}),
			{ numRuns: 200 },
		);
		expect(checked, `${checked} of 200 runs reached the checks`).toBeGreaterThanOrEqual(180);
	});

	it('never removes a sentence of the article, whatever residue surrounds it', () => {
		let checked = 0;
		fc.assert(
			fc.property(page, ({ lines, eol }) => {
				const text = lines.map((l) => l.text).join(eol);
				const result = ingestArticle(Buffer.from(text), { story, id: 'property' });
				// A page whose noise opens the text may leave no headline to derive: refused, so
				// nothing is lost. Count the runs that reach the checks so refusing cannot pass.
				if (result.problems.length > 0) return;
				checked++;
				const removed = new Map(
					result.frontmatter!.provenance.removed.map((r) => [r.text.trim(), r.reason]),
				);
				for (const line of lines.filter((l) => l.sentence && !removed.has(l.text)))
					expect(result.markdown).toContain(line.text.replace(/\.$/, ''));
				const lost = lines.filter((l) => l.sentence && removed.has(l.text));
				expect(
					lost.map((l) => `${l.text} (${removed.get(l.text)})`),
					'sentences removed',
				).toEqual([]);
			}),
			{ numRuns: 200 },
		);
		expect(checked, `${checked} of 200 runs reached the checks`).toBeGreaterThanOrEqual(180);
	});

	it('never removes a sentence set where only its place would condemn it', () => {
		// Place is weak evidence (content-safety.ts): an article's sentence, a line of it in its
		// words closing without a stop or a credit to the wires, set where a page puts residue,
		// must stay, kept or flagged. Each fresh set lost a line in one such place.
		const [share, ad, related, mostRead] = language.residue as [string, string, string, string];
		const teaser = language.residue[9]!;
		const pages = fc
			.tuple(
				fc.uniqueArray(plainSentence, { minLength: 4, maxLength: 8 }),
				fc.oneof(
					sentence,
					fc.constantFrom(...language.own.lines),
					fc.constantFrom(...language.credits),
				),
				fc.nat(9),
				fc.constantFrom(...language.head.headlines),
				fc.shuffledSubarray(language.head.labels, { minLength: 2, maxLength: 4 }),
			)
			.filter(([body, inserted]) => !body.includes(inserted))
			.map(([body, inserted, at, headline, labels]) => {
				const slots: string[][] = [
					[],
					labels,
					[headline],
					[language.own.sentence, ...body.slice(0, 1)],
					body.slice(1, 2),
					[ad],
					body.slice(2, 3),
					['* * *'],
					body.slice(3),
					[share],
					[related, teaser],
					[mostRead, `${teaser} (2)`],
					['© 2026'],
				];
				// Slot `at` (0–9) gets the line after it: the top of the page, among the menu's
				// labels, under the headline, between paragraphs, after an ad slot, beside the
				// separator, after the share bar, between the related links.
				const lines = slots.flatMap((slot, i) => (i === at ? [...slot, inserted] : slot));
				return { lines, inserted };
			});
		fc.assert(
			fc.property(pages, ({ lines, inserted }) => {
				const result = ingestArticle(Buffer.from(lines.join('\n')), { story, id: 'property' });
				expect(result.problems).toEqual([]);
				const removed = result.frontmatter!.provenance.removed.filter(
					// The headline and the dek are shown above the text: moved, not lost.
					(r) =>
						r.text.trim() === inserted &&
						r.reason !== 'moved to the headline' &&
						r.reason !== movedToDek,
				);
				expect(
					removed.map((r) => r.reason),
					`${inserted} after ${lines[lines.indexOf(inserted) - 1]}`,
				).toEqual([]);
			}),
			{ numRuns: 300 },
		);
	});

	it('never removes a short subhead set right after a box between two paragraphs', () => {
		// A teaser box's list runs until the text resumes, so the subhead that opens the next
		// section reads as its last teaser; it is the article's, so kept or flagged.
		const pages = fc
			.tuple(
				fc.uniqueArray(plainSentence, { minLength: 2, maxLength: 6 }),
				fc.nat(),
				fc.constantFrom(...language.box.titles),
				fc.shuffledSubarray(language.box.teasers, { maxLength: 3 }),
				fc.constantFrom(...language.box.subheads),
			)
			.map(([sentences, at, title, teasers, subhead]) => {
				const cut = 1 + (at % (sentences.length - 1));
				const lines = [
					...sentences.slice(0, cut),
					title,
					...teasers,
					subhead,
					...sentences.slice(cut),
				];
				return { lines, subhead };
			});
		fc.assert(
			fc.property(pages, ({ lines, subhead }) => {
				const result = ingestArticle(Buffer.from(lines.join('\n')), { story, id: 'property' });
				expect(result.problems).toEqual([]);
				const removed = result.frontmatter!.provenance.removed.filter(
					(r) => r.text.trim() === subhead,
				);
				expect(
					removed.map((r) => r.reason),
					lines.join(' / '),
				).toEqual([]);
			}),
			{ numRuns: 200 },
		);
	});

	it('keeps the deck, and a second one, under the headline below a notice bar and a menu', () => {
		// A status bar ("Power cuts: …") reads like a headline; taken for one, it pushed the
		// headline into the dek and the deck out of the page as a byline.
		const pages = fc
			.tuple(
				fc.constantFrom(...language.head.notices),
				fc.shuffledSubarray(language.head.labels, { minLength: 3 }),
				fc.constantFrom(...language.head.headlines),
				fc.constantFrom(...language.head.decks),
				fc.boolean(),
				fc.uniqueArray(plainSentence, { minLength: 2, maxLength: 6 }),
			)
			.map(([notice, labels, headline, deck, twoDecks, sentences]) => {
				// A second deck, as some pages set: running words with no stop, no title.
				const second = twoDecks ? language.head.decks.find((d) => d !== deck) : undefined;
				const head = [notice, ...labels, headline, deck, ...(second ? [second] : [])];
				return { lines: [...head, ...sentences], headline, deck, second };
			});
		fc.assert(
			fc.property(pages, ({ lines, headline, deck, second }) => {
				const result = ingestArticle(Buffer.from(lines.join('\n')), { story, id: 'property' });
				expect(result.problems).toEqual([]);
				const reasons = new Map(
					result.frontmatter!.provenance.removed.map((r) => [r.text.trim(), r.reason]),
				);
				expect(reasons.get(headline)).toBe('moved to the headline');
				expect(reasons.get(deck)).toBe('moved to the dek');
				if (second) expect(reasons.get(second), second).toBeUndefined();
			}),
			{ numRuns: 100 },
		);
	});
});
