import type { FoundQuote, FoundTerm } from '../quote-types.ts';

/**
 * Term reasons that only say nothing marks the phrase as speech: no verb beside it, or the
 * article quoting it more than once. A sign that it is a term ("the so-called", a title's
 * capitals, a noun it qualifies) is not overruled.
 */
const weakReasons = new Set([
	'a phrase the article repeats',
	'a short phrase with no one said to say it',
]);

/** The longest quoted phrase looked up: a term or scare quote is one to four words. */
const MOST = 4;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Short quoted phrases with no speaker beside them that repeat, word for word, part of a
 * quotation someone is given in the article: a headline's `Es "mentira" que los carteles
 * manden` before Sheinbaum's `"Es mentira. Es una mentira absoluta"`. Those are that
 * speaker's words cut short, not a term. Returns the quotes they become, and the terms left.
 * Linear in the quotations' words: every run of up to four words is kept once, in a map.
 */
export function echoedWords(
	blocks: readonly string[],
	quotes: readonly FoundQuote[],
	terms: readonly FoundTerm[],
): { quotes: FoundQuote[]; terms: FoundTerm[] } {
	const said = new Map<string, FoundQuote>();
	for (const quote of quotes) {
		if (quote.kind !== 'direct' || !(quote.speaker || quote.description)) continue;
		const words = wordsOf(quote.text);
		for (let i = 0; i < words.length; i++)
			for (let n = 1; n <= MOST && i + n <= words.length; n++) {
				const key = words.slice(i, i + n).join(' ');
				if (!said.has(key)) said.set(key, quote);
			}
	}
	const echoed: FoundQuote[] = [];
	const left: FoundTerm[] = [];
	for (const term of terms) {
		const words = wordsOf(term.text);
		// One word is echoed with the word the narration sets before it, as the speaker did
		// ("Es “mentira”" after "Es mentira."): a lone "soberanía" is anyone's word.
		if (words.length === 1) {
			// The few characters before the mark hold that word: reading the whole block back
			// for each term would make a block of many quadratic.
			const before = blocks[term.block]!.slice(Math.max(0, term.start - 41), term.start - 1);
			words.unshift(...wordsOf(before).slice(-1));
		}
		const quote =
			weakReasons.has(term.reason) && words.length >= 2 && words.length <= MOST
				? said.get(words.join(' '))
				: undefined;
		// A quotation's own words quoted again inside it are no echo of it.
		if (
			!quote ||
			(quote.block === term.block && quote.start <= term.start && quote.end >= term.end)
		) {
			left.push(term);
			continue;
		}
		echoed.push({
			block: term.block,
			start: term.start,
			end: term.end,
			text: term.text,
			kind: 'direct',
			reportedBy: null,
			speaker: quote.speaker,
			description: quote.description,
			confidence: Math.min(quote.confidence, 0.6),
			reason: `words of a quotation given to the same speaker ("${quote.text.slice(0, 40)}")`,
		});
	}
	return { quotes: echoed, terms: left };
}

/** The longest unattributed quotation looked up in others: a headline's, a teaser's. */
const LONGEST = 12;

/**
 * Quotations no one is given that repeat, word for word, part of a quotation someone is given:
 * a headline's «La paz no llega en helicóptero artillado» over the bishop's «… Pero la paz no
 * llega en helicóptero artillado». They are that speaker's words; the rest are returned as
 * they were. Linear in the quotations' words, as `echoedWords`.
 */
export function echoedSpeakers(quotes: readonly FoundQuote[]): FoundQuote[] {
	const said = new Map<string, FoundQuote>();
	for (const quote of quotes) {
		if (quote.kind !== 'direct' || !(quote.speaker || quote.description)) continue;
		const words = wordsOf(quote.text);
		for (let i = 0; i < words.length; i++)
			for (let n = 2; n <= LONGEST && i + n <= words.length; n++) {
				const key = words.slice(i, i + n).join(' ');
				if (!said.has(key)) said.set(key, quote);
			}
	}
	return quotes.map((quote) => {
		const words = wordsOf(quote.text);
		if (quote.kind !== 'direct' || quote.speaker || quote.description) return quote;
		if (words.length < 2 || words.length > LONGEST) return quote;
		const source = said.get(words.join(' '));
		return source
			? {
					...quote,
					speaker: source.speaker,
					description: source.description,
					confidence: Math.min(source.confidence, 0.6),
					reason: `words of a quotation given to the same speaker ("${source.text.slice(0, 40)}")`,
				}
			: quote;
	});
}
