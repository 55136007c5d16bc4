/**
 * The classifier's first pass: each line by itself. A line goes when it is the author's bio, a
 * promotion of the outlet, named by a cue of the page's interface or by its shape alone, or
 * listed under a teaser title; a line that reads as a sentence is only flagged, unless a cue
 * that holds even in prose names it. Then a half-sure promotion goes when residue stands
 * beside it.
 */
import { bioAuthor, bioUnderHeading, bylineNames } from './author-bio.ts';
import type { LineDecisions } from './line-decisions.ts';
import { endsWithAbbreviation, words } from './line-shapes.ts';
import { promotionReason, promotionStrength } from './promotion.ts';
import { residueReason } from './residue-rules.ts';
import { isSentence, proseShare } from './sentences.ts';
import { shapeReason } from './shape-reasons.ts';
import { isCreditLine, uiCue } from './vocabulary/index.ts';

/** Above this many words a line is too long for a cue alone to remove it: it is flagged. */
const longForACue = 30;
/** A teaser list after "Related" or "Most read" is not longer than this. */
const maxTeasers = 6;

/**
 * Decides each line on its own signals and records the lines the residue rules remove.
 * Returns the lines that do two of the three things a promotion does, for the next step.
 */
export function decideEachLine({
	trimmed,
	decisions,
	ruled,
	isContentShape,
}: LineDecisions): number[] {
	const authors = bylineNames(trimmed);
	// Pass 1: each line by itself.
	const promotions: number[] = [];
	let teasersLeft = 0;
	let teaserHeader = '';
	let teaserReason = '';
	// Whether the line above was an author box's heading ("About the author"): a bio stands below.
	let authorBox = false;
	trimmed.forEach((line, index) => {
		if (line === '') return;
		const underAuthorBox = authorBox;
		authorBox = false;
		if (residueReason(line)) {
			ruled.add(index);
			teasersLeft = 0;
			return;
		}
		const count = words(line).length;
		const author = bioAuthor(line, authors);
		const boxed = author || !underAuthorBox ? undefined : bioUnderHeading(line);
		if (author || boxed) {
			decisions.set(index, {
				action: 'remove',
				strong: true,
				reason: author
					? `the author's bio (opens with ${author}, named in the byline)`
					: `the author's bio (opens with ${boxed}, under the author box's heading)`,
			});
			return;
		}
		const sentence = isSentence(line);
		const cue = uiCue(line);
		const promotion = promotionStrength(line);
		// "Share prices fell" or "Follow-up talks are set" start like a widget: a sentence
		// that only a plain cue names is flagged, never removed.
		const prose = sentence && count >= 6 && proseShare(line) >= 0.25;
		const doubtful = count > longForACue || (prose && !cue?.evenInProse);
		if (promotion >= 2 && (!cue || doubtful)) {
			// Three signs are a promotion; two are one only beside residue (decided below).
			const remove = promotion === 3 && count <= longForACue;
			decisions.set(index, {
				action: remove ? 'remove' : 'flag',
				reason: remove ? promotionReason : `${promotionReason}?`,
				...(remove ? { strong: true as const } : {}),
			});
			if (!remove && count <= longForACue) promotions.push(index);
			teasersLeft = 0;
			return;
		}
		if (cue) {
			decisions.set(index, {
				action: doubtful ? 'flag' : 'remove',
				reason: doubtful ? `${cue.reason}? It reads as a sentence` : cue.reason,
				...(doubtful ? {} : { strong: true as const }),
			});
			teasersLeft = cue.opensTeasers ? maxTeasers : 0;
			authorBox = cue.reason === 'author box';
			teaserHeader = line;
			teaserReason = cue.reason;
			return;
		}
		// "… pic.twitter.com/Qw7 — Name (@handle) November 4, 2025 …": an embedded post's
		// credit glued into a paragraph. Only an editor can cut it out of the sentence.
		if (/pic\.twitter\.com\/\S+|\(@\w+\)\s+\p{L}+\s+\d{1,2},\s+\d{4}/u.test(line)) {
			decisions.set(index, {
				action: 'flag',
				reason: "holds an embedded post's link or credit: cut it from the text by hand",
			});
			return;
		}
		const shape = isContentShape(line, index) ? undefined : shapeReason(line, trimmed, index);
		if (shape) {
			decisions.set(index, { action: 'remove', reason: shape });
			return;
		}
		if (teasersLeft > 0) {
			// A teaser is a headline: a line that closes like a sentence ("Tenía razón.") is text,
			// and so is one left open by a comma ("Hasta pronto,"), which no headline is. An
			// abbreviation's stops ("… entre México y EE.UU.") close a headline too.
			// So is a credit to the wires ("Con información de agencias"), stop or none.
			const prose =
				(/[.!…,]["'”’»)]?$/.test(line) && !endsWithAbbreviation(line)) || isCreditLine(line);
			// A question may be a teaser's headline ("¿Cuándo llega el frente frío?") or the
			// article asking its reader ("What does that mean for you?"): only an editor can tell.
			if (sentence && /\?["'”’»)]?$/.test(line)) {
				decisions.set(index, {
					action: 'flag',
					reason: `a question after "${teaserHeader}": a teaser or the article?`,
				});
				teasersLeft--;
				return;
			}
			if (!prose && count <= 25 && !isContentShape(line, index)) {
				decisions.set(index, {
					action: 'remove',
					reason: `${teaserReason} (listed under "${teaserHeader}")`,
				});
				teasersLeft--;
				return;
			}
			teasersLeft = 0;
		}
		if (sentence) teasersLeft = 0;
	});
	return promotions;
}
