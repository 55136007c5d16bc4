import { describe, expect, it } from 'vitest';
import { isField } from '../../src/lib/ingest/decide-field-cards.ts';
import { isCounterRow, isDateStamp } from '../../src/lib/ingest/shape-reasons.ts';
import { isEndMark, uiCue } from '../../src/lib/ingest/vocabulary/index.ts';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * Residue issue 16's seventh set left in the body or sent to the editor: what stands below a
 * text's end mark, a contents page's entries, reaction counts, a card of "label: value" fields,
 * replies and comments past the text, a follow button, an offer's free months, a transcript's
 * notice. Lines we wrote.
 */
const more = [
	'The meeting in the capital ran late into the evening, and both sides left without a deal.',
	'Another round of talks is expected next month, according to two officials who were there.',
];

describe("a text's end mark", () => {
	it('removes what stands below it, a short sentence too, and only flags a long line', () => {
		const long =
			'This line runs on past thirty words, as text pasted under the mark by mistake would: the talks, the border and the trade between the two countries, all of it said again at length.';
		for (const mark of ['###', 'END', '+++++', 'Fin de la nota', '-30-']) {
			const lines = [
				...prose,
				...more,
				mark,
				'Media inquiries',
				'The content of this page is the responsibility of the office that posted it.',
				long,
			];
			const decisions = decide(lines);
			expect(decisions[mark], mark).toMatch(/^remove/);
			expect(decisions['Media inquiries']).toMatch(/^remove: below the mark/);
			expect(decisions[lines[7]!]).toMatch(/^remove/);
			expect(decisions[long]).toMatch(/^flag: below the mark/);
			for (const line of prose) expect(decisions[line]).toBeUndefined();
		}
	});

	it('only flags a sentence of running prose below the mark that no interface cue names', () => {
		const pasted =
			'The ministry said on Friday that the patrols would resume once both governments agree.';
		const decisions = decide([...prose, ...more, '###', 'Media inquiries', pasted]);
		expect(decisions['Media inquiries']).toMatch(/^remove: below the mark/);
		expect(decisions[pasted]).toMatch(/^flag: below the mark/);
	});

	it('takes a mark with paragraphs running on below it for a section break, not the end', () => {
		const secondHalf = [
			'In the border towns, traders said the talk of patrols had already cost them customers.',
			'Several shops on the main street closed early on Friday, their owners citing the crowds.',
			'By the evening, the square was quiet again.',
		];
		const decisions = decide([...prose, ...more, '###', ...secondHalf]);
		expect(decisions['###']).not.toMatch(/the mark the text closes with/);
		for (const line of secondHalf) expect(decisions[line], line).toBeUndefined();
	});

	it('does not end a text at a mark that most of its words stand below', () => {
		const decisions = decide(['Opening words', 'END', ...prose, ...more]);
		for (const line of [...prose, ...more]) expect(decisions[line]).toBeUndefined();
	});

	it('tells the marks from a section break and from words that say "end"', () => {
		expect(['###', '+++++', 'END', '(Fin)', 'Fin del comunicado', '- 30 -'].every(isEndMark)).toBe(
			true,
		);
		expect(['* * *', 'The end', 'End of an era', 'Fin', '#1'].filter(isEndMark)).toEqual(['Fin']);
	});
});

describe('lines that are residue by their shape', () => {
	it("takes a broadcast's air date for a time stamp", () => {
		expect(isDateStamp('Aired November 24, 2026 - 19:00 ET')).toBe(true);
		expect(isDateStamp('Emitido: 24 de noviembre de 2026')).toBe(true);
		expect(isDateStamp('Aired on 3 networks in 2026')).toBe(false);
	});

	it("removes a contents page's entries, dotted leaders running to a page number", () => {
		const entries = ['Front pages ........ 2', 'Opinión . . . . 14', 'Economía …… 7'];
		const decisions = decide([...texto, ...entries]);
		for (const entry of entries) expect(decisions[entry], entry).toMatch(/contents page/);
		expect(decide(['Wait... 2', ...prose])['Wait... 2']).toBeUndefined();
	});

	it('removes counts beside icons, and keeps a line of words after an icon', () => {
		expect(isCounterRow('👍 3,4 mil ❤️ 410 😮 188')).toBe(true);
		expect(isCounterRow('♥️ 1.2K 💬 87')).toBe(true);
		expect(isCounterRow('👍 Great news for the border')).toBe(false);
		expect(isCounterRow('3,4 mil')).toBe(false); // no icon: a figure the text may set apart
		const decisions = decide([...texto, '👍 1,9 mil 😮 77', ...texto.map((l) => `${l} Sí.`)]);
		expect(decisions['👍 1,9 mil 😮 77']).toMatch(/^remove: counts and icons/);
	});
});

describe('a card of "label: value" fields', () => {
	const card = ['Outlet: The Daily Ledger', 'Page: 4', 'Circulation: 112,500', 'Type: News item'];

	it('removes three fields or more in a row, and keeps two', () => {
		const decisions = decide([...card, ...prose]);
		for (const field of card) expect(decisions[field], field).toMatch(/^remove: a card/);
		const two = decide([...prose, card[0]!, card[1]!, ...more]);
		expect(two[card[0]!]).toBeUndefined();
	});

	it('does not take a headline, a speaker or a sentence for a field', () => {
		expect(isField('Sheinbaum: «Ningún soldado extranjero pisará México»')).toBe(false);
		expect(isField('Mexico: the border reopens to trucks at dawn')).toBe(false);
		expect(isField('COLE: Thank you, Julián.')).toBe(false);
		expect(isField('Why it matters: trade between the two countries runs on trust.')).toBe(false);
		expect(isField('Registrado: Sáb 14 Mar 2015 10:02')).toBe(true);
	});
});

describe('short runs of lines between residue, past the text', () => {
	const text = [...prose, ...more];
	const thread = [
		...text,
		'Reply',
		'Posted by border_watcher » Tue 10:02',
		'I doubt they would dare, it would wreck trade for everyone.',
		'Reply',
		'Posted by trucker77 » Tue 10:40',
		'Drones already fly there anyway.',
		'Reply',
	];

	it('flags replies when two or more stand apart between residue', () => {
		const decisions = decide(thread);
		expect(decisions[thread[7]!]).toMatch(/^flag: a short run of lines between residue/);
		expect(decisions[thread[10]!]).toMatch(/^flag: a short run of lines between residue/);
		for (const line of text) expect(decisions[line]).toBeUndefined();
	});

	it('removes a commenter’s name closing on an initial, and still flags a short sentence', () => {
		const hilo = [
			...texto,
			'Comentarios (2)',
			'Joselo77',
			'hace 2 horas',
			'Ojalá se pongan de acuerdo pronto, por el bien de todos.',
			'Responder',
			'Marta V.',
			'hace 1 hora',
			'Nadie les cree ya.',
			'Responder',
		];
		const decisions = decide(hilo);
		expect(decisions['Marta V.']).toBe('remove: a short label in a run of residue lines');
		for (const line of texto) expect(decisions[line]).toBeUndefined();
		// A short sentence in the name's place may be the author's: only flagged.
		const sentence = decide(hilo.map((l) => (l === 'Marta V.' ? 'Tenía razón.' : l)));
		expect(sentence['Tenía razón.']).toMatch(/^flag: a short sentence in a run of residue/);
	});

	it('leaves paragraphs between boxes set into the text, when a long run of it follows', () => {
		// A teaser and a newsletter box cut the text into runs; a short run between them is the
		// text's as long as the text runs on after them.
		const between = [
			'But the two sides still disagree about the border.',
			'"Nobody else decides," she said.',
		];
		const resumed = [
			'Officials in both capitals said a new round of talks on trafficking would open in March.',
			'The delegations are expected to discuss extraditions, arms seizures and the funding of joint patrols.',
			'Diplomats described the mood at the last meeting as tense but workmanlike, with no walkouts.',
			'Neither government has published the draft agenda, which is still being negotiated by aides.',
		];
		const page = [
			...text,
			'Read more: Ten things to know about the border',
			...between,
			'Sign up for our newsletter',
			...resumed,
			...thread.slice(text.length),
		];
		const decisions = decide(page);
		for (const line of [...text, ...between, ...resumed])
			expect(decisions[line], line).toBeUndefined();
		expect(decisions[thread[7]!]).toMatch(/^flag: a short run of lines between residue/);
	});

	it("leaves the article's last paragraph after one advertisement, and its correction note", () => {
		const tail = [
			...text,
			'Advertisement',
			'Both governments declined to comment.',
			'Privacy Policy',
		];
		expect(decide(tail)['Both governments declined to comment.']).toBeUndefined();
		const note = 'Correction: an earlier version gave the wrong date for the meeting.';
		const withNote = [...thread.slice(0, -1), 'Reply', note, 'Reply'];
		expect(decide(withNote)[note]).toBeUndefined();
	});
});

describe('a menu above the headline', () => {
	it('goes on past a notice that stands alone over it', () => {
		const headline = 'Border talks end with a promise to meet again in March';
		const menu = ['Fact checks', 'Politics', 'World', 'Explainers'];
		const notice = 'The reader toolbar is hidden. Show it again?';
		const decisions = decide([notice, ...menu, headline, ...prose]);
		for (const label of menu) expect(decisions[label], label).toMatch(/^remove: a menu/);
		// A first paragraph with text below it is the text: short lines further down stay.
		const text = decide([prose[0]!, prose[1]!, ...menu, headline, prose[2]!]);
		for (const label of menu) expect(text[label] ?? '', label).not.toMatch(/^remove/);
	});
});

describe("a page's buttons, notices and offers, named by their words", () => {
	it('removes a follow button, an offer of free months behind an icon, a transcript notice', () => {
		const lines = [
			'+ Seguir',
			'+ Follow',
			'🎁 Suscríbete hoy y llévate 2 meses gratis con tu registro en línea.',
			'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.',
			'Documento interno. Prohibida su distribución sin autorización.',
			'Do Not Sell or Share My Personal Information',
		];
		const decisions = decide([...prose, ...lines, ...more]);
		for (const line of lines) expect(decisions[line], line).toMatch(/^remove/);
		// An offer's free months holds even in a sentence, which a plain "Suscríbete" cue does not.
		for (const offer of [
			'Llévate 3 meses gratis al registrarte hoy.',
			'Get 2 months free when you join today.',
		])
			expect(uiCue(offer)?.evenInProse, offer).toBe(true);
		// A forum's stamp under an edited post, in either language.
		for (const note of [
			'Last edited by trucker77 on Tue Nov 24, 2026 10:07 pm',
			'Editado por última vez por trucker77: Mar 24 Nov 2026 22:07',
		])
			expect(uiCue(note)?.reason, note).toMatch(/comment/);
		// An icon before a button's words is skipped: the words are the cue's.
		expect(uiCue('🔔 Síguenos en nuestro canal')?.reason).toMatch(/follow/);
		expect(uiCue('👉 Sign up for our newsletter')?.reason).toMatch(/newsletter/);
		const followUp = 'Seguir adelante con la reforma fue la decisión del Congreso.';
		expect(decide([...texto, followUp])[followUp] ?? '').not.toMatch(/^remove/);
	});
});
