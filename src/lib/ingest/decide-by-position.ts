/**
 * The classifier's second pass: a line the first left undecided is judged by where it stands.
 * After the article's last sentence it is page furniture; between residue lines it is residue;
 * a label the page repeats goes; a word or two between paragraphs, or a line that reads like
 * another story's headline, is flagged for an editor.
 */
import { removeRunsAfterText } from './decide-runs-after-text.ts';
import { isResidue, type LineDecisions, nextLine } from './line-decisions.ts';
import { isTitleLike, sharedWordRatio, wordStems, words } from './line-shapes.ts';
import { promotionStrength } from './promotion.ts';
import { isSentence, proseShare } from './sentences.ts';
import { bodyBounds } from './body-bounds.ts';
import { signOffLines } from './sign-off.ts';
import { isCreditLine } from './vocabulary/index.ts';

/** Decides the lines the first pass left, by their place in the page. */
export function decideByPosition(state: LineDecisions): void {
	const { trimmed, decisions, ruled, isContentShape } = state;
	const counts = new Map<string, number>();
	for (const line of trimmed) if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);
	// Pass 2: position. What follows the last sentence of the body is page furniture.
	const { sentences, first, last } = bodyBounds(state);
	const stems = wordStems(sentences.map((i) => trimmed[i]!));
	const residue = (i: number) => isResidue(state, i);
	const next = (index: number, step: -1 | 1) => nextLine(trimmed, index, step);
	// A short undecided label ("Ingresa", "Arrives weekly") inside a run of residue lines.
	const isLabel = (i: number) =>
		!ruled.has(i) &&
		!decisions.has(i) &&
		words(trimmed[i]!).length <= 4 &&
		!/[.!?…]["'”’»)]?$/.test(trimmed[i]!) &&
		!isContentShape(trimmed[i]!, i);
	// The nearest line that is not blank, stepping over up to three such labels: residue
	// comes in runs, so a run of labels between two residue lines is residue too.
	const neighbour = (index: number, step: -1 | 1) => {
		let labels = 0;
		for (let i = index + step; i >= 0 && i < trimmed.length; i += step) {
			if (trimmed[i] === '') continue;
			if (!isLabel(i) || ++labels > 3) return i;
		}
		return undefined;
	};
	// "Hasta pronto," over the author's name closes the text: past its last sentence, it stays;
	// so does a credit to the wires or colleagues ("With files from …"), stop or none.
	const signOff = signOffLines(trimmed);
	const lastWords =
		"after the article's last sentence: a teaser, widget or the article's last words?";
	/** Lines past the text that were only flagged, to be judged again by their neighbours. */
	const doubtfulAfterText: number[] = [];
	trimmed.forEach((line, index) => {
		if (line === '' || ruled.has(index) || decisions.has(index) || isContentShape(line, index))
			return;
		if (signOff.has(index) || (index > last && isCreditLine(line))) return;
		const count = words(line).length;
		if (isSentence(line) && proseShare(line) >= 0.2) {
			// "Get the news you need to start your day." under a newsletter's sign-up: a short
			// sentence doing one thing a promotion does, with residue right above and below it, is
			// the widget's blurb or the text. Only an editor can tell.
			const [above, below] = [next(index, -1), next(index, 1)];
			if (count <= 12 && promotionStrength(line) >= 1 && residue(above) && residue(below))
				decisions.set(index, {
					action: 'flag',
					reason:
						'a short sentence speaking like a promotion, between residue lines: a widget or the text?',
				});
			return;
		}
		const shared = sharedWordRatio(line, stems);
		// A label the page repeats (a logo's alt text, a section name, a sponsor's "Support
		// comes from:" over each ad slot) is not the author's: the text does not say a line
		// twice unless it is a sentence (a pull quote).
		const label = (count <= 4 && line.length < 30) || (count <= 6 && /:$/.test(line));
		if (label && (counts.get(line) ?? 0) > 1) {
			decisions.set(index, { action: 'remove', reason: 'a short label the page repeats' });
			return;
		}
		// Words that run like text (a sentence the scraper cut short) are only flagged.
		const share = proseShare(line);
		const running = count >= 8 && (share >= 0.3 || (line.includes(',') && share >= 0.15));
		if (index > last && count <= 25) {
			// "Ojalá me equivoque." may be the author's last words: a sentence is only flagged.
			const remove = shared < 0.5 && !running && !/[.!?…]["'”’»)]?$/.test(line);
			decisions.set(index, {
				action: remove ? 'remove' : 'flag',
				reason: remove
					? `after the article's last sentence and about something else (${Math.round(shared * 100)}% of its words are the article's): a teaser or widget`
					: lastWords,
			});
			if (!remove) doubtfulAfterText.push(index);
			return;
		}
		if (index < first) return; // the header: takeHeader decides
		const before = neighbour(index, -1);
		const after = neighbour(index, 1);
		const between =
			before !== undefined && after !== undefined && residue(before) && residue(after);
		if (between && count <= 12) {
			// "Tenía razón." closes like a sentence: between residue lines it is only flagged. A
			// name closing on its surname's initial ("Yamila G.", a commenter's) is a label.
			const closes =
				/[.!?…]["'”’»)]?$/.test(line) && !/^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \p{Lu}\.$/u.test(line);
			decisions.set(index, {
				action: closes ? 'flag' : 'remove',
				reason: closes
					? 'a short sentence in a run of residue lines: a widget or the article?'
					: 'a short label in a run of residue lines',
			});
			return;
		}
		// A word or two between paragraphs ("Cortesía", "Getty Images", "Contexto") is a credit,
		// a label or a subhead: only an editor can tell. One left open by a comma or a semicolon
		// ("drones," above "special forces raids,") is an item of a sentence, which none of them is.
		if (count <= 2 && !/[.!?:,;]["'”’»)]?$/.test(line)) {
			decisions.set(index, {
				action: 'flag',
				reason: 'a word or two between paragraphs: a label, a credit or a subhead?',
			});
			return;
		}
		// A line the scraper broke out of a sentence ("tió en que su gobierno no aceptará", "Para el
		// excanciller Andrés Vial, la", "teles, pese a la presión de Wash-"), as a print page's
		// columns give it, is no headline: one opens with a capital and ends on a whole word.
		// The line below goes on with the sentence when it opens in lower case and is not residue
		// ("hace 2 horas" under a teaser is a stamp).
		const below = next(index, 1);
		const broken =
			/^\p{Ll}/u.test(line) ||
			/\p{L}-$/u.test(line) ||
			(/^\p{Ll}/u.test(trimmed[below] ?? '') && !residue(below));
		if (
			count >= 6 &&
			shared < 0.5 &&
			!broken &&
			!/[.!?:]["'”’»)]?$/.test(line) &&
			!isTitleLike(line)
		) {
			decisions.set(index, {
				action: 'flag',
				reason: `reads like a headline of another story (${Math.round(shared * 100)}% of its words are the article's)`,
			});
		}
	});
	// A question listed under a teaser title past the text ("Related" / "What does the deal
	// change for you?" / "Share") stays flagged whatever follows it: a teaser's headline and the
	// article's closing question read alike, and content is sacred.
	removeRunsAfterText(state, doubtfulAfterText);
}
