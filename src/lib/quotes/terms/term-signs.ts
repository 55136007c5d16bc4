import type { Attribution } from '../attribution/attribution.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { QuoteSpan } from '../spans/quote-spans.ts';
import { wordsIn } from '../reading/sentences.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import {
	namingLead,
	termTail,
	titleAfterName,
	titleBeforeName,
	twoSentences,
	verbsObject,
} from './term-tails.ts';

/**
 * Words before a quoted phrase that make it a term, not speech, in either language: "the
 * term", "so-called", "the idea of", "la llamada", "el término", "conocido como".
 */
const termLead = new RegExp(
	`(?:${[
		// English: naming a word as a word.
		'\\bterm',
		'\\bphrase',
		'\\bword',
		'\\blabel',
		'\\bslogan',
		'so-called',
		'\\bknown as',
		'\\bdubbed',
		'\\bnicknamed',
		'\\bcodenamed',
		'\\btitled',
		'\\bentitled',
		// English: a notion named by the phrase ("the idea of “boots on the ground”").
		'\\b(?:idea|notion|concept) of',
		// Doubt set on a name: "the alleged “plan”", "la supuesta “invasión suave”".
		'\\b(?:alleged|supposed|purported)',
		'\\b(?:supuest|presunt|pretendid)[oa]s?',
		'\\beventual',
		// Spanish: "el término", "la palabra", "la llamada «Doctrina Monroe»", "el lema".
		'\\btérmino',
		'\\bpalabra',
		'\\bexpresión',
		'\\bconcepto',
		'\\blema',
		'\\beslogan',
		'\\bmote',
		'\\b(?:la|el|los|las) llamad[oa]s?',
		'\\bdenominad[oa]s?',
		'\\bautodenominad[oa]s?',
		'\\bapodad[oa]s?',
		'\\bconocid[oa]s? como',
		'\\bbautizad[oa]s? como',
		'\\bidea de',
	].join('|')})\\s*$`,
	'u',
);

/**
 * Why a quoted phrase reads as a term or scare quote rather than anyone's speech, or
 * undefined when nothing says so. `repeated` counts the phrase's quotations in the article.
 */
export function termReason(
	text: string,
	open: number,
	close: number,
	repeated: number,
	lang: Lang = 'en',
): string | undefined {
	const words = wordsIn(text, open + 1, close);
	// One to four words: a term or a scare quote is a name for something, rarely longer.
	const short = words.length <= 4;
	const lead = text.slice(Math.max(0, open - 24), open).toLowerCase();
	if (termLead.test(lead)) return 'introduced as a term';
	const designation = namingTerm(text, open, close, text.slice(open + 1, close));
	if (designation) return designation;
	if (
		/(?:^|[\s,])(?:this|the|a|an)?\s*\w+,?\s+called\s+(?:a|an|the)?\s*$/.test(lead) &&
		!/\b(?:he|she|they|i|we)\s+called\s+(?:a|an|the)?\s*$/.test(lead) &&
		short
	)
		return 'a name given to something';
	if (!short) return undefined;
	// "fly ‘at our request’", "«nos invaden»": words in the first person have a speaker.
	if (words.some((word) => is('firstPerson', word.text, lang))) return undefined;
	const inside = text.slice(open + 1, close);
	if (/[.,!?;:]$/.test(inside.trim())) return undefined;
	const next = /^\s+([\p{L}-]+)/u.exec(text.slice(close + 1))?.[1];
	if (next && lang === 'en' && /^\p{Ll}/u.test(next) && !functionWord.test(next))
		return 'qualifies the noun after it';
	if (
		words.length > 0 &&
		!shouted(words) &&
		words.every((word) => /^\p{Lu}/u.test(word.text)) &&
		words.length <= 4
	)
		return 'a proper name or title';
	if (repeated > 1) return 'a phrase the article repeats';
	return 'a short phrase with no one said to say it';
}

/**
 * Whether quoted words are in capitals throughout ("'HANDS OFF' Mexico's president tells …"):
 * a headline's shout, not a name's capitals; one word so written ("FTO") is an acronym.
 */
function shouted(words: readonly { text: string }[]): boolean {
	return words.length > 1 && words.every((word) => !/\p{Ll}/u.test(word.text));
}

/** A name given to a thing by a verb of designation, or a title set beside its holder's name. */
function namingTerm(text: string, open: number, close: number, inside: string): string | undefined {
	const naming = namingLead.exec(text.slice(Math.max(0, open - 60), open));
	const governor = naming?.[1] ?? naming?.[2];
	// "praised what he called “…”": the praise is the speaker's, the words with it.
	const spoken = governor && (speechVerbOf(governor, 'en') || speechVerbOf(governor, 'es'));
	if (naming && !spoken) return 'a name given to something';
	if (titleBeforeName(text, open, close, inside)) return 'a title before its holder’s name';
	if (titleAfterName(text, open, close, inside)) return 'a title after its holder’s name';
	return undefined;
}

/**
 * With a speech verb present, only an explicit term sign ("the term …", "la llamada …") makes
 * a quotation a term, or a word or two named with an article and no verb of naming ("warned
 * of a “quagmire”"; "called it a “disgrace”" stays speech: calling is saying the word).
 */
export function termReasonUnlessSpeech(
	text: string,
	span: QuoteSpan,
	attribution: Attribution,
	lang: Lang = 'en',
): string | undefined {
	const lead = text.slice(Math.max(0, span.open - 24), span.open).toLowerCase();
	if (termLead.test(lead)) return 'introduced as a term';
	const designation = namingTerm(text, span.open, span.close, span.text);
	if (designation) return designation;
	// "no es un «corrido bélico», como se llama a los temas que …": the name explained after.
	if (termTail.test(text.slice(span.close + 1, span.close + 40)))
		return 'a name the sentence then explains';
	const words = wordsIn(span.text, 0, span.text.length);
	// "En conversación con ‘The NY Post’, Donald Trump dijo…", "Appearing on “La Mañanera
	// del Pueblo,” Sheinbaum stressed…": a title, whoever speaks. A lone capitalised word is
	// more likely speech ("“No,” she said", "—No —respondió").
	const capitals = words.filter((w) => /^\p{Lu}/u.test(w.text)).length;
	const title =
		capitals > 0 &&
		words.length <= 5 &&
		words.every(
			(w) => /^\p{Lu}/u.test(w.text) || /^(?:de|del|la|las|los|of|the|and|y)$/.test(w.text),
		);
	if (title && capitals >= 2 && !shouted(words) && !twoSentences(span.text))
		return 'a proper name or title';
	const short = words.length <= 2;
	const verb = speechVerbOf(attribution.verb, lang);
	const naming = verb?.naming || verb?.praise;
	const article = lang === 'es' ? /\b(?:un|una|el|la|los|las)\s*$/ : /\b(?:a|an|the)\s*$/;
	if (
		short &&
		article.test(lead) &&
		!naming &&
		!reportedClause(text, span.open, attribution.verb) &&
		!verbsObject(text, span.open, attribution.verb)
	)
		return 'a word or two the article puts in quotes';
	// "también se habló de “ayuda”", "there was talk of “help”": the word is what was talked
	// of, named, not what anyone said.
	if (short && /\b(?:habl\p{L}*|talk\p{L}*|spoke|speak\p{L}*)\s+(?:de|of|about)\s*$/u.test(lead))
		return 'a word or two named as what was talked of';
	// "When people say “surgical,” I ask them: surgical on which neighbourhood?": the word is
	// talked about, taken up again without marks right after.
	const next = text.slice(span.close + 1, span.close + 81).toLowerCase();
	if (
		short &&
		words.every((w) => new RegExp(`(?<!\\p{L})${w.text.toLowerCase()}(?!\\p{L})`, 'u').test(next))
	)
		return 'a word taken up again as the one talked about';
	return undefined;
}

/**
 * Whether the quotation at `open` stands in the clause its speech verb reports, a few words
 * after it: "dijo que fue una «buena conversación»", "said it was a “good call”" — the
 * speaker's words, article and all, unlike "warned of a “quagmire”".
 */
function reportedClause(text: string, open: number, verb: string): boolean {
	const at = text.lastIndexOf(verb, open);
	if (at < 0 || open - at > 80) return false;
	const between = text.slice(at + verb.length, open);
	// A clause with "that" left out reports as well: "said the two governments had a “…”".
	return /^\s+(?:que|that|(?:it|this|he|she|they)\s+(?:was|is|were|are|would be)|(?:[\p{L}'’-]+\s+){1,5}(?:had|has|have|was|were|is|are|would|will)\s)/iu.test(
		between,
	);
}

/**
 * Words after a quoted phrase that do not make it a noun's qualifier ("“meddling” and …").
 * English only: Spanish puts its qualifiers after the noun ("el peso “simbólico”").
 */
const functionWord =
	/^(?:with|and|or|but|to|of|in|on|at|for|from|by|as|that|which|who|was|is|were|are|be|been|has|have|had|would|will|could|can|may|might|should|not|into|onto|over|under|after|before|while|if|than|then|so|because|the|a|an)$/i;
