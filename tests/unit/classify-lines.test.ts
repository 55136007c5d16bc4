import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/lib/ingest/classify-lines.ts';
import { detectLanguage, functionWordShare } from '../../src/lib/ingest/function-words.ts';
import { isDateStamp } from '../../src/lib/ingest/shape-reasons.ts';
import { uiCues } from '../../src/lib/ingest/vocabulary/index.ts';

const prose = [
	'Mexico’s president said on Friday that her government would not accept foreign troops on its soil.',
	'She said the two countries would keep sharing intelligence, as they have done all year.',
	'The White House did not immediately respond to a request for comment.',
];
/** Decisions by line text, for readable expectations. */
function decide(lines: string[]): Record<string, string> {
	const decisions = classifyLines(lines);
	return Object.fromEntries(
		[...decisions].map(([i, d]) => [lines[i]!, `${d.action}: ${d.reason}`]),
	);
}

describe('function words', () => {
	it('tell the language and tell prose from labels', () => {
		expect(detectLanguage(['La presidenta dijo que no habrá tropas en el país.'])).toBe('es');
		expect(detectLanguage(prose)).toBe('en');
		expect(functionWordShare(prose[0]!, 'en')).toBeGreaterThan(0.25);
		expect(functionWordShare('World Americas Mexico', 'en')).toBe(0);
	});
});

describe('classifyLines', () => {
	it('removes the page’s interface lines, each with its reason', () => {
		const decided = decide([
			'Updated: May 4, 2025 at 8:12 a.m. ET',
			'World | Americas | Mexico',
			...prose.slice(0, 2),
			'Subscribe for $1 a week and support local journalism.',
			'2:14  Watch: Sheinbaum responds to Trump troop offer',
			'Monday, January 19, 2026',
			prose[2]!,
			'Share via email',
			'Comments (48)',
		]);
		expect(decided).toEqual({
			'Updated: May 4, 2025 at 8:12 a.m. ET': 'remove: time stamp',
			'World | Americas | Mexico': 'remove: section, tag or navigation line',
			'Subscribe for $1 a week and support local journalism.': 'remove: price line',
			'2:14  Watch: Sheinbaum responds to Trump troop offer': 'remove: video or audio player',
			'Monday, January 19, 2026': 'remove: time stamp',
			'Share via email': 'remove: share prompt',
			'Comments (48)': 'remove: comment prompt',
		});
	});

	it('removes the short headlines listed under "Related" or "Lo más leído", flags a question', () => {
		const decided = decide([
			...prose,
			'Lo más leído',
			'Cierran carretera a Saltillo por accidente múltiple',
			'¿Cuándo llega el frente frío a Nuevo León?',
		]);
		expect(decided['Cierran carretera a Saltillo por accidente múltiple']).toBe(
			'remove: related-story teaser (listed under "Lo más leído")',
		);
		// A question may be the article's own ("What does that mean for you?"): flagged, not removed.
		expect(decided['¿Cuándo llega el frente frío a Nuevo León?']).toBe(
			'flag: a question after "Lo más leído": a teaser or the article?',
		);
		expect(Object.keys(decided)).toHaveLength(3);
	});

	it('never removes a sentence that only a plain cue names: it flags it', () => {
		const lines = [
			...prose,
			'Share prices of Mexican airlines fell after the announcement on Friday.',
			'Follow-up talks between the two foreign ministers are set for June.',
			'Compartir información es clave, dijo el canciller a los periodistas.',
		];
		const decided = decide(lines);
		expect(decided[prose[2]!]).toBeUndefined();
		for (const line of lines.slice(3)) expect(decided[line] ?? 'kept').not.toMatch(/^remove/);
		expect(decided[lines[5]!]).toMatch(/^flag: share prompt/);
	});

	it('keeps the article’s last words and a sentence the scraper cut short', () => {
		const decided = decide([
			...prose,
			'Ojalá me equivoque.',
			'U.S. Northern Command, which runs the border mission, h',
		]);
		expect(decided['Ojalá me equivoque.'] ?? 'kept').not.toMatch(/^remove/);
		expect(decided['U.S. Northern Command, which runs the border mission, h']).toMatch(/^flag: /);
	});

	it('keeps pipe tables and lists, and flags an embedded post’s credit inside a paragraph', () => {
		const lines = [
			...prose,
			'Strategy | Impact |',
			'Raids | High risk |',
			'- a list item',
			'“We will cooperate,” she wrote. pic.twitter.com/Qw7 — Name (@handle) November 4, 2025 The talks go on.',
		];
		const decided = decide(lines);
		expect(decided['Strategy | Impact |']).toBeUndefined();
		expect(decided['- a list item']).toBeUndefined();
		expect(decided[lines[6]!]).toMatch(/^flag: holds an embedded post/);
	});

	it('keeps a section break between paragraphs, and still removes glyphs beside labels', () => {
		// A long read breaks its sections on "*" or "* * *" between two paragraphs; the same
		// glyphs under a rating prompt, or a bullet between a byline and a time, are the page's.
		const decided = decide([
			prose[0]!,
			'*',
			prose[1]!,
			'⁂',
			prose[2]!,
			'Rate this story:',
			'★★★★★',
			'By Ana Ruiz',
			'•',
			'3 hours ago',
		]);
		expect(decided['*']).toBeUndefined();
		expect(decided['⁂']).toBeUndefined();
		expect(decided['•']).toBe('remove: no words: a counter, icon or separator');
		expect(decided['★★★★★']).toBe('remove: no words: a counter, icon or separator');
	});

	it('keeps a section break with an appeal or ad slot between it and a paragraph', () => {
		// Pages set their boxes at the text's breaks; the box's lines are no sentences, so the
		// break had no paragraph beside it and went as a separator (ingest-11-tuning es).
		const decided = decide([
			prose[0]!,
			'Independent reporting needs readers like you.',
			'Back our newsroom from 4 dollars a month',
			'***',
			prose[1]!,
			'Advertisement',
			'◆ ◆ ◆',
			prose[2]!,
		]);
		expect(decided['***']).toBeUndefined();
		expect(decided['◆ ◆ ◆']).toBeUndefined();
	});

	it('removes a label the page repeats and a headline after the last sentence', () => {
		const decided = decide([
			'AMERICAS',
			...prose,
			'AMERICAS',
			'Doctors stunned: this simple trick melts belly fat overnight',
		]);
		expect(decided.AMERICAS).toBe('remove: a short label the page repeats');
		expect(decided['Doctors stunned: this simple trick melts belly fat overnight']).toMatch(
			/^remove: after the article's last sentence/,
		);
	});

	it('removes a lead-in the page says twice (a sponsor slot’s), keeps one said once', () => {
		// A text introduces its list once; a colon line that stands twice is the page's frame
		// around an ad slot.
		const slot = 'Support for this report comes from:';
		const leadIn = 'The plan, as officials set it out:';
		const lines = [prose[0]!, slot, prose[1]!, leadIn, '- more extraditions', prose[2]!, slot];
		const decided = decide(lines);
		expect(decided[slot]).toBe('remove: a short label the page repeats');
		expect(decided[leadIn]).toBeUndefined();
	});

	it('removes a run of labels between residue lines, but only flags a sentence inside one', () => {
		const decided = decide([
			...prose.slice(0, 2),
			'Artículo exclusivo para suscriptores',
			'Unos datos',
			'Otra etiqueta',
			'Advertisement',
			'Tenía razón.',
			'Advertisement',
			prose[2]!,
		]);
		expect(decided['Unos datos']).toBe('remove: a short label in a run of residue lines');
		expect(decided['Otra etiqueta']).toBe('remove: a short label in a run of residue lines');
		expect(decided['Tenía razón.']).toMatch(/^flag: a short sentence in a run of residue lines/);
	});

	it('flags a word or two alone between paragraphs: a credit, a label or a terse subhead', () => {
		const decided = decide([...prose.slice(0, 2), 'Cortesía', prose[2]!]);
		expect(decided.Cortesía).toMatch(/^flag: a word or two between paragraphs/);
	});

	it('reads Spanish interface lines the English vocabulary would miss', () => {
		const decided = decide([
			'Lectura: 2 min',
			...prose.slice(0, 2),
			'Para continuar leyendo, suscríbete a nuestra edición digital.',
			'Ya soy suscriptor',
			prose[2]!,
			'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
		]);
		expect(decided).toEqual({
			'Lectura: 2 min': 'remove: reading-time line',
			'Para continuar leyendo, suscríbete a nuestra edición digital.':
				'remove: paywall or subscription prompt',
			'Ya soy suscriptor': 'remove: log-in prompt',
			'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.':
				'remove: copyright or legal line',
		});
	});

	it('keeps its vocabulary as data, a reason on every cue', () => {
		for (const cue of uiCues) expect(cue.reason.length).toBeGreaterThan(3);
		expect(isDateStamp('25 de enero de 2026, 4:12 p. m.')).toBe(true);
		expect(isDateStamp('On 4 May 2025 she said no.')).toBe(false);
	});
});
