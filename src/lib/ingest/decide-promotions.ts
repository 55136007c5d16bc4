/**
 * The classifier's step after the first pass: a line doing two of the three things an outlet's
 * promotion of itself does (promotion.ts) is one when residue stands beside it.
 */
import { isResidue, type LineDecisions, nextLine } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { promotionReason } from './promotion.ts';
import { isSentence, proseShare } from './sentences.ts';

/** Removes each of `promotions` that has residue right beside it, blank lines skipped. */
export function removePromotionsBesideResidue(
	state: LineDecisions,
	promotions: readonly number[],
): void {
	// A line doing two of a promotion's three things goes when residue stands right beside it.
	const { trimmed, decisions } = state;
	const besideResidue = (index: number, step: -1 | 1) =>
		isResidue(state, nextLine(trimmed, index, step));
	// One that reads as a sentence ("Our correspondents found that you can still cross on foot.")
	// may be the text's, an ad slot beside it: it goes only with residue on both sides.
	const readsAsText = (line: string) =>
		isSentence(line) && words(line).length >= 6 && proseShare(line) >= 0.25;
	for (const index of promotions) {
		const [above, below] = [besideResidue(index, -1), besideResidue(index, 1)];
		if (readsAsText(trimmed[index]!) ? above && below : above || below)
			decisions.set(index, {
				action: 'remove',
				reason: `${promotionReason}, beside other residue`,
			});
	}
}
