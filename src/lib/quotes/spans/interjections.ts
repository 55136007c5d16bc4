/**
 * The narrator's interjections set off by dashes inside speech, as Spanish writes them
 * (“Eso no va a ocurrir —recalcó la mandataria—. Colaboramos…”, «Lo hemos dicho —afirmó—:
 * …») and English sometimes does (“This is not a negotiation — she said — it is a red
 * line”), and lines of dialogue opened by a dash (—No va a pasar —respondió Sheinbaum—.).
 * The interjection is the narrator's, so it splits the speech in two parts that share its
 * attribution.
 */
import type { Lang } from '../words/language.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { is } from '../words/grammar-words.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';

/**
 * What stands before a Spanish verb in an interjection: its object pronouns ("—le preguntó un
 * reportero—"), and the auxiliary and adverbs of a compound tense ("—ha insistido la
 * mandataria—", "—le ha dicho—", "—también apuntó—").
 */
const beforeVerb = (word: string) => word.toLowerCase() === 'la' || is('skippable', word, 'es');

/** An interjection's place: from its opening dash to just after its closing one (or the end). */
interface Interjection {
	start: number;
	end: number;
}

/**
 * The interjections between `from` and `to`: a dash after a space (a hyphen needs a space on
 * both sides of it or of its pair), a speech verb within its first three words, and a closing
 * dash within 120 characters or the end of the range.
 */
function interjections(text: string, from: number, to: number, lang: Lang): Interjection[] {
	const found: Interjection[] = [];
	// A hyphen opens one beside a space, or right before a word ("-recalcó-" in wire copy with
	// straight marks); the speech verb it must hold keeps a hyphenated word out.
	const opening = /\s([—–]|-(?=\s|\p{Ll}))\s?/gu;
	// Searched within the range only: a search run on to the block's end for each quotation
	// made a block of many quotations quadratic.
	const region = text.slice(from, to);
	for (let hit = opening.exec(region); hit; hit = opening.exec(region)) {
		const match = { index: hit.index + from, 0: hit[0] };
		const start = match.index + 1;
		const body = match.index + match[0].length;
		const rest = text.slice(body, Math.min(to, body + 120));
		const closing = /[—–]|-(?=[\s.,:;]|$)/u.exec(rest);
		if (!closing && to - body > 120) continue;
		const inside = closing ? rest.slice(0, closing.index) : rest;
		const words = inside.match(/\p{L}+/gu) ?? [];
		// Either language's verb: a Spanish quotation in an English article keeps its "—dijo—".
		const other = lang === 'es' ? 'en' : 'es';
		const verbAt = words
			.slice(0, 3)
			.findIndex((word) => speechVerbOf(word, lang) ?? speechVerbOf(word, other));
		// Spanish puts the verb first ("—recalcó la mandataria—"), English the subject ("— she said —").
		const before = words.slice(0, Math.max(0, verbAt));
		const spanish = speechVerbOf(words[verbAt] ?? '', 'es') !== undefined;
		if (verbAt < 0 || (spanish && !before.every(beforeVerb))) continue;
		// English: a narrator's subject ("she", "Sheinbaum"), not the speaker's own "and I say".
		if (!spanish && !before.every((word) => !/^(?:i|we|and|but|as|so|or)$/i.test(word))) continue;
		const end = closing ? body + closing.index + closing[0].length : to;
		found.push({ start, end });
		opening.lastIndex = end - from;
	}
	return found;
}

/** The speech either side of each interjection, as spans with no mark at `open` or `close`. */
function parts(text: string, from: number, to: number, cuts: Interjection[], inner: QuoteSpan[]) {
	const spans: QuoteSpan[] = [];
	let start = from;
	for (const cut of [...cuts, { start: to, end: to }]) {
		let end = cut.start;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		// What follows a closing dash: ".", ",", ":" belong to the narrator's sentence.
		while (start < end && /[\s.,:;]/.test(text[start]!)) start++;
		if (/[\p{L}\p{N}]/u.test(text.slice(start, end)))
			spans.push({
				open: start - 1,
				close: end,
				text: text.slice(start, end),
				inner: inner.filter((span) => span.open >= start && span.close <= end),
			});
		start = cut.end;
	}
	return spans;
}

/** Splits each quotation an interjection interrupts into its parts. */
export function splitInterjections(text: string, spans: QuoteSpan[], lang: Lang): QuoteSpan[] {
	return spans.flatMap((span) => {
		const cuts = interjections(text, span.open + 1, span.close, lang);
		return cuts.length === 0 ? [span] : parts(text, span.open + 1, span.close, cuts, span.inner);
	});
}

/**
 * A line of dialogue: a dash right before the words ("—¿Y si…?", "–¿Qué clase…"), then a
 * question or an interjection with a speech verb. Its speech, or undefined.
 */
export function dialogueSpans(text: string, lang: Lang): QuoteSpan[] | undefined {
	const lead = /^\s*[—–]/u.exec(text);
	if (!lead || /\s/.test(text[lead[0].length] ?? ' ')) return undefined;
	const from = lead[0].length;
	const cuts = interjections(text, from, text.trimEnd().length, lang);
	if (cuts.length === 0 && !/^[¿¡]/.test(text.slice(from))) return undefined;
	return parts(text, from, text.trimEnd().length, cuts, []);
}
