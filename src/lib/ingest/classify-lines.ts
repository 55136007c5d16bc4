/**
 * Decides, line by line, what the residue rules cannot name: whether a line of a scraped
 * page is the article's or the page's. After jusText (a block is boilerplate by its length,
 * its share of function words and, when unsure, its neighbours) and Readability (the body
 * is where the sentences are; what sits after its last paragraph is page furniture), with
 * the interface's words kept as data in vocabulary/. Content is sacred: a line that
 * reads as a sentence is only ever flagged, never removed, unless a cue of the page's
 * interface names it and it is short. The passes run in order, each in its own module: every
 * line by itself (decide-each-line.ts); the boxes a skip link names, with their titles
 * (decide-skipped-boxes.ts); a menu above the headline (decide-top-menu.ts); what
 * stands below the text's end mark (decide-after-end-mark.ts); cards of "label: value" fields
 * (decide-field-cards.ts); a reader poll, question to vote button (decide-poll.ts); then every line left by its place in the page
 * (decide-by-position.ts), whose last step settles the doubtful lines past the text by their
 * neighbours (decide-runs-after-text.ts); last, short runs of lines between residue past the
 * text, a thread's replies, are flagged (decide-islands.ts). Last of all, a line any pass removed
 * only for its place or shape that reads as the article's own is flagged instead
 * (content-safety.ts).
 */
import { flagWeakRemovalsOfContent } from './content-safety.ts';
import { removeAfterEndMark } from './decide-after-end-mark.ts';
import { removeFieldCards } from './decide-field-cards.ts';
import { removePolls } from './decide-poll.ts';
import { flagIslands } from './decide-islands.ts';
import { decideByPosition } from './decide-by-position.ts';
import { decideEachLine } from './decide-each-line.ts';
import { removePromotionsBesideResidue } from './decide-promotions.ts';
import { removeSkippedBoxes } from './decide-skipped-boxes.ts';
import { removeTopMenu } from './decide-top-menu.ts';
import type { LineDecision, LineDecisions } from './line-decisions.ts';
import { listItemPattern, tableCells } from './line-shapes.ts';
import { isSectionBreak } from './shape-reasons.ts';

/**
 * A decision for each line index the classifier would remove or flag; lines the residue
 * rules already remove, empty lines and lines it keeps are absent.
 */
export function classifyLines(lines: readonly string[]): Map<number, LineDecision> {
	const trimmed = lines.map((l) => l.replace(/^\uFEFF/, '').trim());
	const decisions = new Map<number, LineDecision>();
	const ruled = new Set<number>();
	// A pipe row is a table's only beside another pipe row; alone it is a section path.
	const isTableRow = (index: number) =>
		tableCells(trimmed[index]!) !== undefined &&
		[trimmed[index - 1], trimmed[index + 1]].some((l) => l !== undefined && tableCells(l));
	const isContentShape = (line: string, index = -1) =>
		listItemPattern.test(line) ||
		(index >= 0 && (isTableRow(index) || isSectionBreak(line, trimmed, index))) ||
		/^#{1,6}\s/.test(line);
	const state: LineDecisions = { trimmed, decisions, ruled, isContentShape };
	const promotions = decideEachLine(state);
	removePromotionsBesideResidue(state, promotions);
	removeSkippedBoxes(state);
	removeTopMenu(state);
	removeAfterEndMark(state);
	removeFieldCards(state);
	removePolls(state);
	decideByPosition(state);
	flagIslands(state);
	flagWeakRemovalsOfContent(state);
	return decisions;
}
