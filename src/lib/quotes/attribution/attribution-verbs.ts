/**
 * The words an attribution turns on: a speech verb ("said", "recalcó") or a source phrase
 * ("según", "according to"), before or after a quotation. Read by attribution.ts and verb-subject.ts.
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Range, Word } from '../reading/sentences.ts';
import { joined } from './name-runs.ts';
import { sourcePhrases } from '../words/source-words.ts';
import { type SpeechVerb, speechVerbOf } from '../words/speech-verbs.ts';

/** The speech verb `words[i]` is, unless a determiner makes it a noun ("la respuesta", "the call"). */
export function verbAt(
	text: string,
	words: readonly Word[],
	i: number,
	lang: Lang,
): SpeechVerb | undefined {
	const verb = speechVerbOf(words[i]!.text, lang);
	if (!verb) return undefined;
	// "the United States", "the U.S. State Department": a capital inside a sentence (after
	// initials' full stop too) is a name's, not a verb's.
	const prev = words[i - 1];
	const gap = prev ? text.slice(prev.end, words[i]!.start) : '';
	if (
		/^\p{Lu}/u.test(words[i]!.text) &&
		prev &&
		(!/[.!?:”"»—–]\s*$/u.test(gap) || joined(text, prev, words[i]!))
	)
		return undefined;
	// The one told may stand between: "confiaron a este diario que", "put it to me".
	const after = words.slice(i + 1, i + 6).map((w) => w.text.toLowerCase());
	const told = /^(?:a|al|to)$/.test(after[0] ?? '')
		? after.slice(1).findIndex((w) => verb.followedBy?.includes(w))
		: -1;
	if (verb.followedBy && !verb.followedBy.includes(after[0] ?? '') && told < 0) return undefined;
	const before = words[i - 1]?.text.toLowerCase() ?? '';
	if (verb.precededBy && !verb.precededBy.includes(before)) return undefined;
	// "la respuesta", "the call", "Sheinbaum’s answer": a noun; "la llamó", "lo dijo": a
	// pronoun before a verb in the preterite, whose stressed ending no noun has.
	const clitic = lang === 'es' && /^(?:la|lo|las|los)$/.test(before) && /ó$/.test(words[i]!.text);
	if (is('determiner', before, lang) && !/^(?:one|uno)$/.test(before) && !clitic) return undefined;
	if (/['’]s$/.test(before)) return undefined;
	// "fue informado", "was told": a passive reports no one's words.
	const participle = lang === 'es' ? /(?:ado|ido)$/ : /ed$|^told$/;
	if (participle.test(words[i]!.text) && /^(?:fue|fueron|sido|was|were|been|being)$/.test(before))
		return undefined;
	// "lo que le dijo Trump", "what Trump told her": a clause that reports, not the quote's attribution.
	const lead = words.slice(Math.max(0, i - 4), i).map((w) => w.text.toLowerCase());
	const embedded = lead.includes('what') || lead.join(' ').includes('lo que');
	if (embedded && lead.at(-1) !== 'i') return undefined;
	return verb;
}

/** The last source phrase ("según", "according to") in `words`: its last word's index and text. */
export function sourcePhraseIn(
	reading: Reading,
	words: readonly Word[],
): { end: number; phrase: string } {
	for (let i = words.length - 1; i >= 0; i--)
		for (const source of sourcePhrases) {
			if (source.lang !== reading.lang) continue;
			const at = i - source.words.length + 1;
			if (at < 0 || !source.words.every((w, k) => words[at + k]!.text.toLowerCase() === w))
				continue;
			if (source.opensClause && !opensClause(reading.text, reading.sentence, words[at]!)) continue;
			return { end: i, phrase: source.words.join(' ') };
		}
	return { end: -1, phrase: '' };
}

/** Whether a word opens its sentence or a clause set off by a comma. */
function opensClause(text: string, sentence: Range, word: Word): boolean {
	return /(?:^|[,;:—–(])\s*[¿¡"“«]?$/u.test(text.slice(sentence.start, word.start));
}

/**
 * A verb with no subject found: in Spanish, one left unwritten, which the sentences before
 * carry; but "escribió alguien", "said someone" has one, a person the text does not say.
 */
export function unwritten(
	words: readonly Word[],
	after: number,
	said: string,
	lang: Lang,
): Attribution {
	if (is('indefinite', words[after]?.text ?? '', lang)) return { verb: said };
	return lang === 'es' ? { verb: said, implicit: true } : { verb: said };
}

/** Where a circle's words are given, not who: an interview, a post, a broadcast. */
const occasions =
	/^(?:entrevista|conferencia|rueda|redes|mensaje|comunicado|video|programa|radio|televisión|privado|público|broma|voz)$/i;

/**
 * The circle an impersonal Spanish plural speaks for: "«…», dicen en su entorno", "comentan en
 * Palacio Nacional" — present tense, no subject, "en" and the circle or place; the source is
 * whoever is there, kept as the text names it.
 */
export function circleAfter(
	text: string,
	words: readonly Word[],
	verb: number,
	lang: Lang,
): Attribution | undefined {
	const said = words[verb]!.text;
	if (lang !== 'es' || !/^\p{Ll}+(?:an|en)$/u.test(said) || words[verb + 1]?.text !== 'en')
		return undefined;
	let end = verb + 2;
	while (
		end + 1 < words.length &&
		end - verb < 6 &&
		/^\s+$/.test(text.slice(words[end]!.end, words[end + 1]!.start))
	)
		end++;
	const first = words[verb + 2];
	if (!first || !/^\s*(?:[.,;)»”"]|$)/u.test(text.slice(words[end]!.end))) return undefined;
	const head = is('determiner', first.text, lang) ? words[verb + 3] : first;
	if (!head || occasions.test(head.text)) return undefined;
	return { verb: said, description: text.slice(first.start, words[end]!.end) };
}
