/**
 * The safety net under every removal: content is sacred. Evidence that a line is the page's
 * comes in two kinds. STRONG evidence is something the page's interface or the article itself
 * says of the line: a cue of its widgets ("Subscribe", "Share on", a price, a timestamp), the
 * author's name opening a bio, a repeat of another line. Such words are the widget's own, so
 * a line they name is residue wherever it stands. WEAK evidence is where the line stands or
 * how it is set: above the headline, past the text, in a list under "Related", beside a
 * separator, short and without a stop. Each blind set found a new page where an article's own
 * line stood in such a place (a deck under a notice bar, a credit to the wires past the text, a
 * closing question between "Related" and "Share"), because place and shape describe the page's
 * layout, which every outlet draws anew, not the line. So a line removed on weak evidence that
 * reads as the article's own sentence or heading is flagged for the editor instead: a flag
 * costs a glance, a lost line costs the article.
 */
import { isByline } from './author-bio.ts';
import { type LineDecisions, isResidue, nextLine } from './line-decisions.ts';
import {
	endsWithAbbreviation,
	isHeadlineLike,
	sharedWordRatio,
	wordStems,
	words,
} from './line-shapes.ts';
import { promotionStrength } from './promotion.ts';
import { residueReason } from './residue-rules.ts';
import { isSentence, proseShare } from './sentences.ts';
import { dateWordShare } from './shape-reasons.ts';
import { isCreditLine, uiCue } from './vocabulary/index.ts';

/** A sentence of the article has at least this many words; "Share this." and "Try again." do not. */
const minSentenceWords = 4;
/** A deck or subhead set without a stop runs longer than a menu's label or a section name. */
const minHeadingWords = 5;
/**
 * Running words in either language are dense in function words; a list of names, tags or
 * figures is not (jusText's stop-word density).
 */
const minProseShare = 0.2;
/**
 * A subhead is a few words ("A warning to Washington", "What comes next"); a teaser's headline,
 * read out of the article, must say who did what, and runs longer.
 */
const maxSubheadWords = 5;
/**
 * A heading of the article shares most of its significant words with the text it heads; a
 * teaser's headline is about another story and shares few.
 */
const minSharedForHeading = 0.5;

/** Why a line's words say it is the page's, whatever its place: then its removal stands. */
function speaksForThePage(line: string): boolean {
	return (
		residueReason(line) !== undefined ||
		uiCue(line) !== undefined ||
		promotionStrength(line) > 0 ||
		isByline(line) ||
		dateWordShare(line) >= 0.5 ||
		/https?:\/\/|www\.|@\w|\S@\S/.test(line)
	);
}

/**
 * Whether a line reads as a sentence or a heading of the article, in its own language: enough
 * running words closing like a sentence, or a heading (without a stop) about the article's
 * subject, a credit to the wires; and no word of the page's interface. `stems` are the word
 * stems of the text's sentences (line-shapes.ts's wordStems); `repeats` whether the page
 * sets the line more than once (a label, a teaser repeated).
 */
export function readsAsArticleLine(
	line: string,
	stems: ReadonlySet<string>,
	repeats = false,
): boolean {
	if (repeats) return false;
	// A credit to colleagues speaks of the outlet ("nuestros corresponsales") and opens like a
	// byline ("Reporting by …"): its own words mark it the article's last line.
	if (isCreditLine(line)) return true;
	if (speaksForThePage(line)) return false;
	const count = words(line).length;
	if (proseShare(line) < minProseShare) return false;
	// An abbreviation's stops ("… entre México y EE.UU.") close a headline as often as a sentence.
	const closes = /[.!?…]["'”’»)]?$/.test(line) && !endsWithAbbreviation(line);
	if (count >= minSentenceWords && /\p{Ll}/u.test(line) && closes) return true;
	return (
		count >= minHeadingWords &&
		isOnePhrase(line) &&
		isHeadlineLike(line) &&
		sharedWordRatio(line, stems) >= minSharedForHeading
	);
}

/** A heading is one phrase: segments between a path's or a menu's separators are the page's. */
const isOnePhrase = (line: string) => !/\s[|›‹»·•>/]\s/.test(line);

/**
 * Whether a line reads as the article's subhead: a few words set as a heading, standing where
 * subheads stand, between two of the text's paragraphs right above the next. A subhead alludes
 * ("A warning to Washington", "What comes next") rather than names the subject, so it shares
 * few of the text's words and is too short for `readsAsArticleLine`'s heading; set right after a
 * box between paragraphs, it reads as the box's last teaser. A teaser's headline stands there
 * too, but runs longer (maxSubheadWords). `kept` says whether a line index is the article's.
 */
export function readsAsSubhead(
	line: string,
	index: number,
	trimmed: readonly string[],
	kept: (index: number) => boolean,
): boolean {
	const count = words(line).length;
	// Set like a heading: a capital first, no stop or comma closing it, one phrase.
	const heading =
		/^[\p{Pi}"'“‘«¿¡]*\p{Lu}/u.test(line) && !/[.,;:…-]["'”’»)]*$/.test(line) && isOnePhrase(line);
	if (
		count < 2 ||
		count > maxSubheadWords ||
		!heading ||
		speaksForThePage(line) ||
		proseShare(line) < minProseShare
	)
		return false;
	const below = nextLine(trimmed, index, 1);
	if (below >= trimmed.length || !kept(below) || !isSentence(trimmed[below]!)) return false;
	for (let i = index - 1; i >= 0; i--) if (kept(i) && isSentence(trimmed[i]!)) return true;
	return false;
}

/** The stems `readsAsArticleLine` compares a heading with: the words of the text's sentences. */
export function sentenceStems(lines: Iterable<string>): Set<string> {
	return wordStems([...lines].filter((l) => isSentence(l)));
}

/** Whether `line` stands more than once among `lines` (compared trimmed). */
export function isRepeated(line: string, lines: readonly string[]): boolean {
	return lines.filter((l) => l.trim() === line.trim()).length > 1;
}

/**
 * The classifier's last step: a line its passes remove on weak evidence (no `strong` mark) that
 * reads as the article's is flagged instead.
 */
export function flagWeakRemovalsOfContent(state: LineDecisions): void {
	const { trimmed, decisions } = state;
	const counts = new Map<string, number>();
	for (const line of trimmed) if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);
	// The text's sentences say what the article is about; labels and bylines kept beside them
	// would lend a teaser their names.
	const stems = sentenceStems(trimmed.filter((_l, i) => !isResidue(state, i)));
	const kept = (i: number) => trimmed[i] !== '' && !isResidue(state, i);
	for (const [index, decision] of decisions) {
		if (decision.action !== 'remove' || decision.strong) continue;
		const line = trimmed[index]!;
		const repeats = (counts.get(line) ?? 0) > 1;
		const reads =
			readsAsArticleLine(line, stems, repeats) ||
			(!repeats && readsAsSubhead(line, index, trimmed, kept));
		if (!reads) continue;
		decisions.set(index, { action: 'flag', reason: keptForReview(decision.reason) });
	}
}

/** The flag's reason for a line kept by the safety net: why it nearly went, and why it stayed. */
export const keptForReview = (reason: string) =>
	`${reason}; kept, as it reads as the article's own sentence or heading: check it`;
