/**
 * A guess at how a sentence handles a claim — asserts, attributes, disputes or questions —
 * from its wording alone. A suggestion for the editor, never published as such.
 */
import type { ClaimStance } from '../../schemas/claims.ts';
import { normaliseForMatch } from '../text/text-match.ts';
import { termsOf } from './claim-terms.ts';
import { type StanceCue, stanceWords } from './stance-vocabulary.ts';

/** Words either side of a shared word within which negation or doubt bears on the claim. */
export const cueReach = 6;

interface Word {
	text: string;
	start: number;
}

const wordsOf = (sentence: string): Word[] =>
	[...sentence.matchAll(/[\p{L}\p{N}'’]+/gu)].map((match) => ({
		text: match[0],
		start: match.index,
	}));

/** Indexes of the sentence's words that the claim's wording shares. */
function sharedWords(words: readonly Word[], claimTexts: readonly string[]): number[] {
	const stems = new Set(claimTexts.flatMap((text) => termsOf(text).map((term) => term.stem)));
	return words.flatMap((word, index) =>
		termsOf(word.text).some((term) => stems.has(term.stem)) ? [index] : [],
	);
}

/** Whether an offset falls inside a quotation (between two quote marks). */
function inQuotation(sentence: string): (at: number) => boolean {
	const quoted = [...sentence.matchAll(/"[^"]+"/g)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
	}));
	return (at) => quoted.some((span) => at > span.start && at < span.end);
}

/** Whether a quotation wraps any of the shared words. */
function quotesSharedWords(sentence: string, words: readonly Word[], shared: number[]): boolean {
	const quoted = inQuotation(sentence);
	return shared.some((index) => quoted(words[index]!.start));
}

/**
 * Whether a cue of the kind stands within reach of a shared word (anywhere, for none).
 * Denial and doubt inside a quotation are the speaker's, not the outlet's: they do not count.
 */
function cueNear(sentence: string, words: readonly Word[], shared: number[], cue: StanceCue) {
	const quoted = inQuotation(sentence);
	for (const entry of stanceWords.filter((word) => word.cue === cue)) {
		const pattern = new RegExp(entry.pattern.source, `${entry.pattern.flags.replace('g', '')}g`);
		for (const match of sentence.matchAll(pattern)) {
			if (cue !== 'speech' && quoted(match.index)) continue;
			const at = words.findIndex((word) => word.start >= match.index);
			const index = at === -1 ? words.length : at;
			if (shared.length === 0 || shared.some((other) => Math.abs(other - index) <= cueReach))
				return true;
		}
	}
	return false;
}

/**
 * The stance a sentence seems to take on a claim worded as `claimTexts`: disputes or
 * questions when denial or doubt sits near the words it shares with the claim (and the
 * claim itself is not worded as a denial), attributes when it reports someone's words or
 * quotes the shared words, else asserts.
 */
export function suggestStance(sentence: string, claimTexts: readonly string[]): ClaimStance {
	const plain = normaliseForMatch(sentence);
	const words = wordsOf(plain);
	const shared = sharedWords(words, claimTexts);
	const claimDenies = claimTexts.some((text) =>
		stanceWords.some((entry) => entry.cue === 'negation' && entry.pattern.test(text)),
	);
	if (cueNear(plain, words, shared, 'doubt')) return 'questions';
	if (!claimDenies && cueNear(plain, words, shared, 'negation')) return 'disputes';
	if (cueNear(plain, words, [], 'speech') || quotesSharedWords(plain, words, shared))
		return 'attributes';
	return 'asserts';
}
