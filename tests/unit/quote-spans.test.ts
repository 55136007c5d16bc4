import { describe, expect, it } from 'vitest';
import { blockSpans } from '../../src/lib/quotes/spans/block-spans.ts';
import { dialogueSpans, splitInterjections } from '../../src/lib/quotes/spans/interjections.ts';
import { detectLanguage } from '../../src/lib/quotes/words/language.ts';
import { quoteMarks } from '../../src/lib/quotes/spans/quote-marks.ts';
import { findQuoteSpans } from '../../src/lib/quotes/spans/quote-spans.ts';
import { speechVerbOf, speechVerbs } from '../../src/lib/quotes/words/speech-verbs.ts';

const texts = (text: string) => findQuoteSpans(text).map((span) => span.text);

describe('findQuoteSpans: the marks of both languages', () => {
	it('finds « », “ ”, straight quotes, and mixed curly and straight', () => {
		expect(texts('Dijo «no» y luego “nunca” y "jamás".')).toEqual(['no', 'nunca', 'jamás']);
		expect(texts('aseguró que "somos una nación soberana”.')).toEqual([
			'somos una nación soberana',
		]);
	});

	it('finds the speech inside « » in “ ”, and inside “ ” in ‘ ’ or straight single marks', () => {
		const [angle] = findQuoteSpans('«Me dijo: “Vamos a respetar su soberanía”. Y así fue».');
		expect(angle!.inner.map((span) => span.text)).toEqual(['Vamos a respetar su soberanía']);
		const [curly] = findQuoteSpans("“He asked me, ‘Can we help?’ and I said, 'No.'”");
		expect(curly!.inner.map((span) => span.text)).toEqual(['Can we help?', 'No.']);
	});

	it('finds a headline’s single quotes, but not an apostrophe', () => {
		expect(texts('‘An invasion won’t happen’: Sheinbaum')).toEqual(['An invasion won’t happen']);
		expect(texts("[Cable] 'She can’t think clearly,' Trump said")).toEqual([
			'She can’t think clearly,',
		]);
		expect(texts('Mexico’s president and the cartels’ reach')).toEqual([]);
	});

	it('runs an unclosed quotation to the block’s end only when told it runs on, or it ends a sentence', () => {
		expect(texts('Sheinbaum said, “We will never accept')).toEqual([]);
		expect(findQuoteSpans('She said, “We will never accept', { runsOn: true })[0]?.text).toBe(
			'We will never accept',
		);
		expect(texts('She said: “We will not accept it, and we will not allow it either.')).toEqual([
			'We will not accept it, and we will not allow it either.',
		]);
	});

	it('knows every mark it lists as a pair, with a note', () => {
		for (const marks of quoteMarks) {
			expect(marks.close.length).toBeGreaterThan(0);
			expect(marks.note).not.toBe('');
		}
	});
});

describe('dash interjections and dialogue', () => {
	it('splits speech at "—recalcó la mandataria—", keeping the narrator’s words out', () => {
		const text = '“Eso no va a ocurrir —recalcó la mandataria—. Colaboramos”.';
		const spans = splitInterjections(text, findQuoteSpans(text), 'es');
		expect(spans.map((span) => text.slice(span.open + 1, span.close))).toEqual([
			'Eso no va a ocurrir',
			'Colaboramos',
		]);
	});

	it('splits English at "— she said —" but not at a dash that sets off no speech verb', () => {
		const said = '“This is not a negotiation — she said — it is a red line.”';
		expect(splitInterjections(said, findQuoteSpans(said), 'en').map((s) => s.text)).toEqual([
			'This is not a negotiation',
			'it is a red line.',
		]);
		const aside = '“We cooperate — and I say it clearly — without subordination.”';
		expect(splitInterjections(aside, findQuoteSpans(aside), 'en')).toHaveLength(1);
	});

	it('reads a line of dialogue, and no line that merely starts with a dash', () => {
		expect(
			dialogueSpans('—No va a pasar —respondió Sheinbaum—. Hay respeto.', 'es')?.map((s) => s.text),
		).toEqual(['No va a pasar', 'Hay respeto.']);
		expect(
			dialogueSpans('–¿Qué clase de intervención aceptaría usted?', 'es')?.map((s) => s.text),
		).toEqual(['¿Qué clase de intervención aceptaría usted?']);
		expect(dialogueSpans('— Claudia Sheinbaum', 'es')).toBeUndefined();
		expect(dialogueSpans('—Advertisement—', 'en')).toBeUndefined();
	});
});

describe('language: per block, from the narration', () => {
	it('tells the languages apart by their function words, falling back on a tie', () => {
		expect(detectLanguage('La presidenta dijo que el país no aceptará tropas.')).toBe('es');
		expect(detectLanguage('The president said the country would not accept troops.')).toBe('en');
		expect(detectLanguage('Sheinbaum, Trump', 'es')).toBe('es');
	});

	it('reads a block whose narration says too little by its speech verbs', () => {
		const [block] = blockSpans(['“No habrá intervención”, aseguró Sheinbaum.'], 'en');
		expect(block!.lang).toBe('es');
		const [english] = blockSpans(['“No habrá intervención,” Sheinbaum said.'], 'es');
		expect(english!.lang).toBe('en');
	});
});

describe('speechVerbs: the table', () => {
	it('has a note for every entry, and Spanish regular verbs in every form news uses', () => {
		for (const verb of speechVerbs) expect(verb.note.trim()).not.toBe('');
		for (const form of ['afirmó', 'afirma', 'afirmaron', 'afirmara', 'ha afirmado'.split(' ')[1]!])
			expect(speechVerbOf(form, 'es')).toBeDefined();
		expect(speechVerbOf('said', 'es')).toBeUndefined();
		expect(speechVerbOf('dijo', 'en')).toBeUndefined();
	});

	it('lists no form twice within a language', () => {
		for (const lang of ['en', 'es'] as const) {
			const forms = speechVerbs.filter((v) => v.lang === lang).flatMap((v) => v.forms);
			const twice = forms.filter((form, i) => forms.indexOf(form) !== i);
			expect(twice).toEqual([]);
		}
	});
});
