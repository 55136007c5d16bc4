/**
 * An outlet's promotion of itself written as plain sentences (a newsletter's plug for another
 * newsletter, a station's "watch us on our app"): each sentence reads as prose, so no cue of
 * the interface names it. What gives it away is that it does two of the three things a
 * promotion does and an article sentence rarely does together: it speaks of the outlet, it
 * speaks to the reader, it names a channel that carries the news (vocabulary/promotion-words.ts).
 */
import { type PromotionFamily, promotionCues } from './vocabulary/index.ts';

/** The removal reason of an outlet's promotion of itself, and its flag's with a "?". */
export const promotionReason =
	'the outlet promoting itself (speaks of the outlet, to the reader, of a channel for its news)';

/** Which of the three things a line does. */
export function promotionFamilies(line: string): Set<PromotionFamily> {
	return new Set(promotionCues.filter((cue) => cue.pattern.test(line)).map((cue) => cue.family));
}

/** Words between quotation marks: someone's speech, which may well speak to "you". */
const quotation = /[“«"][^”»"]*\s[^”»"]*[”»"]/;

/**
 * How many of the three things a line does (0 to 3); 0 for a line that quotes someone.
 * Three is a promotion; two is one when it sits beside other residue (classify-lines.ts).
 */
export function promotionStrength(line: string): number {
	return quotation.test(line) ? 0 : promotionFamilies(line).size;
}
