/**
 * A site's menu pasted above the headline: "Fact-checks" / "Promises" / "Our process", or a
 * reader's "All articles" / "Starred" / "Mark as read". No cue can list every menu's words,
 * but their shape gives them away: a run of labels of a word to three, none closing like a
 * sentence (an abbreviation's stop, as in "U.S.", closes none), with nothing but other residue
 * among them. A run that opens the page is a menu; so is one under the masthead (the paper's
 * name, its motto, the date), when a headline follows it. A headline runs longer and a byline
 * names itself, so neither is taken for one.
 */
import { isByline } from './author-bio.ts';
import { type LineDecisions, nextLine } from './line-decisions.ts';
import { endsWithAbbreviation, isHeadlineLike, words } from './line-shapes.ts';
import { isSentence, proseShare } from './sentences.ts';
import { isDateStamp } from './shape-reasons.ts';

/** Fewer labels than this are a section name and a kicker, left to the header. */
export const minLabels = 3;

/** The removal reason of a menu's labels: take-header.ts looks for the menu above a headline. */
export const topMenuReason = 'a menu above the headline: a run of short labels';

/** Removes the labels of each menu above the text (see above). */
export function removeTopMenu({ trimmed, decisions, ruled, isContentShape }: LineDecisions): void {
	const isLabel = (line: string, i: number) =>
		!decisions.has(i) &&
		words(line).length <= 3 &&
		(!/[.!?…:,;]["'”’»)]?$/.test(line) || endsWithAbbreviation(line)) &&
		!isByline(line) &&
		!isDateStamp(line) &&
		!isContentShape(line, i);
	const remove = (labels: readonly number[]) => {
		for (const i of labels)
			decisions.set(i, { action: 'remove', reason: topMenuReason });
	};
	let labels: number[] = [];
	let opensPage = true;
	for (let i = 0; i < trimmed.length; i++) {
		const line = trimmed[i]!;
		if (line === '' || ruled.has(i) || decisions.get(i)?.action === 'remove') continue;
		if (isLabel(line, i)) {
			labels.push(i);
			continue;
		}
		// The run ends here: a menu when it opened the page, or when a headline closes it.
		if (labels.length >= minLabels && (opensPage || isHeadlineLike(line))) remove(labels);
		// The text has begun: what follows is no menu above the headline. A sentence with a label
		// or residue right below it ("The archive toolbar is hidden. Show it again?" over the
		// site's menu) is a notice on its own, not the text's first paragraph: the run goes on.
		if (isSentence(line) && proseShare(line) >= 0.2) {
			const below = nextLine(trimmed, i, 1);
			const alone =
				below < trimmed.length &&
				(ruled.has(below) || decisions.get(below)?.action === 'remove' || isLabel(trimmed[below]!, below));
			if (!alone) return;
			opensPage = false;
			continue;
		}
		labels = [];
		opensPage = false;
	}
	if (opensPage && labels.length >= minLabels) remove(labels);
}
