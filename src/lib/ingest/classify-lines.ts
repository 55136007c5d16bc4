/**
 * Decides, line by line, what the residue rules cannot name: whether a line of a scraped
 * page is the article's or the page's. After jusText (a block is boilerplate by its length,
 * its share of function words and, when unsure, its neighbours) and Readability (the body
 * is where the sentences are; what sits after its last paragraph is page furniture), with
 * the interface's words kept as data in vocabulary/. Content is sacred: a line that
 * reads as a sentence is only ever flagged, never removed, unless a cue of the page's
 * interface names it and it is short.
 */
import { bioAuthor, bylineNames } from './author-bio.ts';
import { functionWordShare, type Language } from './function-words.ts';
import {
	isTitleLike,
	listItemPattern,
	sharedWordRatio,
	tableCells,
	wordStems,
	words,
} from './line-shapes.ts';
import { promotionStrength } from './promotion.ts';
import { residueReason } from './residue-rules.ts';
import { shareButtons, uiCue } from './vocabulary/index.ts';

/** What to do with a line the residue rules let through. */
export interface LineDecision {
	action: 'remove' | 'flag';
	reason: string;
}

/** Above this many words a line is too long for a cue alone to remove it: it is flagged. */
const longForACue = 30;
const promotionReason =
	'the outlet promoting itself (speaks of the outlet, to the reader, of a channel for its news)';
/** A teaser list after "Related" or "Most read" is not longer than this. */
const maxTeasers = 6;

const months =
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic';
const days =
	'monday tuesday wednesday thursday friday saturday sunday lunes martes miércoles miercoles jueves viernes sábado sabado domingo';
const dateWords = new Set(
	`${months} ${days} am pm a.m p.m m et est edt cst gmt utc hrs h de del p a las at updated published actualizado publicado`.split(
		' ',
	),
);

/** "Monday, January 19, 2026", "09/01/2026 - 13:22", "Febrero 05, 2026": a date and nothing else. */
export function isDateStamp(line: string): boolean {
	const ws = words(line.replace(/\b(\d{1,2})[:/.](\d{1,2})(?:[:/.](\d{2,4}))?/g, '$1 $2 $3'));
	if (ws.length === 0 || ws.length > 10 || !ws.some((w) => /\d/.test(w))) return false;
	return ws.every((w) => /^\d+$/.test(w) || dateWords.has(w.toLowerCase().replace(/\.$/, '')));
}

/** The share of function words of the language the line itself is written in. */
function proseShare(line: string): number {
	return Math.max(...(['en', 'es'] as Language[]).map((l) => functionWordShare(line, l)));
}

/** A sentence: it ends like one and is made of running words, not a label. */
export function isSentence(line: string): boolean {
	const count = words(line).length;
	if (count >= 25) return true;
	return count >= 2 && /[.!?…]["'”’»)]?$/.test(line) && proseShare(line) >= 0.15;
}

function shapeReason(line: string, lines: readonly string[], index: number): string | undefined {
	if (!/[\p{L}]/u.test(line)) return 'no words: a counter, icon or separator';
	if (/^https?:\/\/\S+$/.test(line)) return 'a bare link';
	if (/^[a-z]{2,4}(?:\/[a-z]{2,4})+$/.test(line))
		return "editors' initials at the end of a wire story";
	if (isDateStamp(line)) return 'time stamp';
	const ws = words(line);
	const buttons = ws.filter(
		(w) => /^\d+$/.test(w) || shareButtons.has(w.toLowerCase()) || w.toLowerCase() === 'on',
	);
	if (ws.length >= 2 && buttons.length === ws.length) return 'share prompt';
	// "World | Americas | Mexico", "Agencia · Internacional · México": a section path.
	const segments = line.split(/\s*[|›»·•>]\s*|\s+\/\s+/).filter((s) => s.length > 0);
	const pipeNeighbour = [lines[index - 1], lines[index + 1]].some((l) => l?.includes('|'));
	if (
		segments.length >= 2 &&
		segments.every((s) => words(s).length <= 4 && !/[.!?,;]$/.test(s)) &&
		!(line.includes('|') && pipeNeighbour)
	)
		return 'section, tag or navigation line';
	return undefined;
}

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
		listItemPattern.test(line) || (index >= 0 && isTableRow(index)) || /^#{1,6}\s/.test(line);
	const counts = new Map<string, number>();
	for (const line of trimmed) if (line !== '') counts.set(line, (counts.get(line) ?? 0) + 1);

	const authors = bylineNames(trimmed);
	// Pass 1: each line by itself.
	const promotions: number[] = [];
	let teasersLeft = 0;
	let teaserHeader = '';
	let teaserReason = '';
	trimmed.forEach((line, index) => {
		if (line === '') return;
		if (residueReason(line)) {
			ruled.add(index);
			teasersLeft = 0;
			return;
		}
		const count = words(line).length;
		const author = bioAuthor(line, authors);
		if (author) {
			decisions.set(index, {
				action: 'remove',
				reason: `the author's bio (opens with ${author}, named in the byline)`,
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
			});
			if (!remove && count <= longForACue) promotions.push(index);
			teasersLeft = 0;
			return;
		}
		if (cue) {
			decisions.set(index, {
				action: doubtful ? 'flag' : 'remove',
				reason: doubtful ? `${cue.reason}? It reads as a sentence` : cue.reason,
			});
			teasersLeft = cue.opensTeasers ? maxTeasers : 0;
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
			// A teaser is a headline: a line that closes like a sentence ("Tenía razón.") is text.
			const prose = /[.!…]["'”’»)]?$/.test(line);
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

	// A line doing two of a promotion's three things goes when residue stands right beside it.
	const nextLine = (index: number, step: -1 | 1) => {
		let i = index + step;
		while (trimmed[i] === '') i += step;
		return i;
	};
	const isResidue = (i: number) => ruled.has(i) || decisions.get(i)?.action === 'remove';
	for (const index of promotions)
		if (isResidue(nextLine(index, -1)) || isResidue(nextLine(index, 1)))
			decisions.set(index, { action: 'remove', reason: `${promotionReason}, beside other residue` });

	// Pass 2: position. What follows the last sentence of the body is page furniture.
	const sentences = trimmed
		.map((line, index) =>
			isSentence(line) && !decisions.has(index) && !ruled.has(index) && proseShare(line) >= 0.2
				? index
				: -1,
		)
		.filter((i) => i >= 0);
	const last = sentences.at(-1) ?? trimmed.length;
	// The body opens at the first sentence left in the text, a flagged one too ("We use cookies
	// …" when too long for its cue to remove it), as takeHeader opens it.
	const flaggedSentence = trimmed.findIndex(
		(line, index) =>
			decisions.get(index)?.action === 'flag' && isSentence(line) && proseShare(line) >= 0.2,
	);
	const first = Math.min(
		sentences[0] ?? 0,
		flaggedSentence < 0 ? Number.POSITIVE_INFINITY : flaggedSentence,
	);
	const stems = wordStems(sentences.map((i) => trimmed[i]!));
	const residue = (i: number) => ruled.has(i) || decisions.get(i)?.action === 'remove';
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
	trimmed.forEach((line, index) => {
		if (line === '' || ruled.has(index) || decisions.has(index) || isContentShape(line, index))
			return;
		if (isSentence(line) && proseShare(line) >= 0.2) return;
		const count = words(line).length;
		const shared = sharedWordRatio(line, stems);
		// A label the page repeats (a logo's alt text, a section name) is not the author's.
		if (count <= 4 && line.length < 30 && (counts.get(line) ?? 0) > 1) {
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
					: "after the article's last sentence: a teaser, widget or the article's last words?",
			});
			return;
		}
		if (index < first) return; // the header: takeHeader decides
		const before = neighbour(index, -1);
		const after = neighbour(index, 1);
		const between =
			before !== undefined && after !== undefined && residue(before) && residue(after);
		if (between && count <= 12) {
			// "Tenía razón." closes like a sentence: between residue lines it is only flagged.
			const closes = /[.!?…]["'”’»)]?$/.test(line);
			decisions.set(index, {
				action: closes ? 'flag' : 'remove',
				reason: closes
					? 'a short sentence in a run of residue lines: a widget or the article?'
					: 'a short label in a run of residue lines',
			});
			return;
		}
		// A word or two between paragraphs ("Cortesía", "Getty Images", "Contexto") is a credit,
		// a label or a subhead: only an editor can tell.
		if (count <= 2 && !/[.!?:]["'”’»)]?$/.test(line)) {
			decisions.set(index, {
				action: 'flag',
				reason: 'a word or two between paragraphs: a label, a credit or a subhead?',
			});
			return;
		}
		if (count >= 6 && shared < 0.5 && !/[.!?:]["'”’»)]?$/.test(line) && !isTitleLike(line)) {
			decisions.set(index, {
				action: 'flag',
				reason: `reads like a headline of another story (${Math.round(shared * 100)}% of its words are the article's)`,
			});
		}
	});
	return decisions;
}
