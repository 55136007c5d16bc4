/**
 * A site's menu pasted above the headline: "Fact-checks" / "Promises" / "Our process", or a
 * reader's "All articles" / "Starred" / "Mark as read". No cue can list every menu's words,
 * but their shape gives them away: the page opens on a run of labels of a word to three, none
 * closing like a sentence (an abbreviation's stop, as in "U.S.", closes none), with nothing but other residue among them. A headline runs longer
 * and a byline names itself, so neither is taken for one.
 */
import { isByline } from './author-bio.ts';
import type { LineDecisions } from './line-decisions.ts';
import { endsWithAbbreviation, words } from './line-shapes.ts';
import { isDateStamp } from './shape-reasons.ts';

/** Fewer labels than this at the top are a section name and a kicker, left to the header. */
const minLabels = 3;

/** Removes the labels of a menu that opens the page (see above). */
export function removeTopMenu({ trimmed, decisions, ruled, isContentShape }: LineDecisions): void {
	const labels: number[] = [];
	for (let i = 0; i < trimmed.length; i++) {
		const line = trimmed[i]!;
		if (line === '' || ruled.has(i) || decisions.get(i)?.action === 'remove') continue;
		const label =
			!decisions.has(i) &&
			words(line).length <= 3 &&
			(!/[.!?…:,;]["'”’»)]?$/.test(line) || endsWithAbbreviation(line)) &&
			!isByline(line) &&
			!isDateStamp(line) &&
			!isContentShape(line, i);
		if (!label) break;
		labels.push(i);
	}
	if (labels.length < minLabels) return;
	for (const i of labels)
		decisions.set(i, { action: 'remove', reason: 'a menu above the headline: a run of short labels' });
}
