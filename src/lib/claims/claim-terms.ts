/**
 * The words claim matching compares: content words in English and Spanish, accents and
 * case folded, cut to a short stem so forms meet ("intervention", "intervene"), each
 * marked when it is a number or a name (see claim-match.ts for how terms weigh).
 */
import { normaliseForMatch } from '../text/text-match.ts';

const stopWords = new Set(
	[
		// English function words and reporting filler
		'a an the and or but of to in on at for from by with as is are was were be been being that this these those it its their his her they he she we i you our us not no yes will would could should can may might has have had do does did than then so such into over under about after before while if which who whom what when where why how also more most very just any all some there them him said says one',
		// Spanish function words
		'el la los las un una unos unas y o pero de del al en con por para que como es son fue era ser ha han se su sus lo le les no si mas muy ya este esta estos estas ese esa eso entre sobre sin',
	]
		.join(' ')
		.split(' '),
);

/** Letters kept of each word: enough to tell words apart, few enough to join their forms. */
const stemLength = 6;

/** One word of a text as matching sees it: its stem and whether it weighs more. */
export interface Term {
	stem: string;
	/** A number or a capitalised word inside the sentence: a name, a figure. */
	marked: boolean;
}

/** The content words of a text, in order, repeats kept. */
export function termsOf(text: string): Term[] {
	const words = normaliseForMatch(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
	return words.flatMap((word, index) => {
		const folded = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		if (folded.length < 2 || stopWords.has(folded)) return [];
		const marked = /\p{N}/u.test(word) || (index > 0 && /^\p{Lu}/u.test(word));
		const stem = folded.replace(/(?:ies|es|s)$/, '').slice(0, stemLength) || folded;
		return [{ stem, marked }];
	});
}

/**
 * How much of a claim text's weighted wording a sentence carries, 0–1: mostly the weighted
 * share of the text's stems found in the sentence, tempered a little (a quarter) by how much
 * else the sentence says, since news sentences carry a claim among other things.
 */
export function overlap(
	sentence: readonly Term[],
	claimText: readonly Term[],
	weight: (term: Term) => number,
): number {
	const unique = (terms: readonly Term[]) => [
		...new Map(terms.map((term) => [term.stem, term])).values(),
	];
	const mine = unique(sentence);
	const theirs = unique(claimText);
	const mineStems = new Set(mine.map((term) => term.stem));
	const theirStems = new Set(theirs.map((term) => term.stem));
	const total = (terms: Term[]) => terms.reduce((sum, term) => sum + weight(term), 0);
	const shared = total(theirs.filter((term) => mineStems.has(term.stem)));
	if (shared === 0) return 0;
	const recall = shared / total(theirs);
	const precision = total(mine.filter((term) => theirStems.has(term.stem))) / total(mine);
	return ((2 * recall * precision) / (recall + precision)) * 0.25 + recall * 0.75;
}
