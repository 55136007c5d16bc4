import { classifyLines, isSentence } from './classify-lines.ts';
import { editLine } from './line-edits.ts';
import {
	atxHeadingPattern,
	dashAttributionPattern,
	isHeadlineLike,
	isProse,
	isTableSeparator,
	isTitleLike,
	listItemPattern,
	sharedWordRatio,
	tableCells,
	wordStems,
	words,
} from './line-shapes.ts';
import { outletHint, residueReason } from './residue-rules.ts';

/** A raw line by number, as provenance records it. */
export interface NotedLine {
	line: number;
	text: string;
	reason: string;
}

/** A kept line: its number in the raw file and its text after in-line fixes. */
export interface KeptLine {
	line: number;
	text: string;
}

/** The article's blocks, in order, each made of kept raw lines. */
export type Block =
	| { type: 'paragraph'; line: KeptLine }
	| { type: 'heading'; line: KeptLine }
	| { type: 'list'; items: KeptLine[] }
	| { type: 'table'; rows: KeptLine[] }
	| { type: 'pullQuote'; quote: KeptLine; attribution: KeptLine };

/** What the structural pass found in a raw text. */
export interface StructuredText {
	headline: KeptLine | undefined;
	dek: KeptLine | undefined;
	blocks: Block[];
	removed: NotedLine[];
	edited: NotedLine[];
	flagged: NotedLine[];
	outlet: string | undefined;
}

/**
 * Below this share of words used elsewhere in the article, a title-like line may be a
 * link to another story; real subheads can score as low ("The Geopolitical Ripple
 * Effect"), so the share alone only flags the line.
 */
const doubtfulBelow = 0.75;

/**
 * Splits raw text into blocks, removing residue and recording every removal, edit and
 * doubt against its raw line number. Deterministic: the same text gives the same result.
 */
export function structureLines(lines: readonly string[]): StructuredText {
	const result: StructuredText = {
		headline: undefined,
		dek: undefined,
		blocks: [],
		removed: [],
		edited: [],
		flagged: [],
		outlet: undefined,
	};
	const kept: KeptLine[] = [];
	const firstSeen = new Map<string, number>();
	const decisions = classifyLines(lines);

	lines.forEach((original, index) => {
		const line = index + 1;
		const trimmed = original.replace(/^\uFEFF/, '').trim();
		if (trimmed === '') return;
		const residue = residueReason(trimmed);
		if (residue) {
			result.removed.push({ line, text: original, reason: residue });
			result.outlet ??= outletHint(trimmed);
			return;
		}
		const key = trimmed.toLowerCase();
		const first = firstSeen.get(key);
		if (first !== undefined && trimmed.length >= 20) {
			result.removed.push({
				line,
				text: original,
				reason: `repeats line ${first} (a repeated teaser)`,
			});
			return;
		}
		firstSeen.set(key, line);
		const decision = decisions.get(index);
		if (decision?.action === 'remove') {
			result.removed.push({ line, text: original, reason: decision.reason });
			return;
		}
		if (decision) result.flagged.push({ line, text: original, reason: decision.reason });
		const edit = editLine(trimmed);
		if (edit.reasons.length > 0)
			result.edited.push({ line, text: original, reason: edit.reasons.join('; ') });
		kept.push({ line, text: edit.text });
	});

	const bodyStart = takeHeader(kept, lines, result);
	const body = kept.slice(bodyStart);
	const stems = (except: KeptLine) =>
		wordStems(body.filter((k) => k !== except).map((k) => k.text));

	for (let i = 0; i < body.length; i++) {
		const current = body[i]!;
		const previous = result.blocks.at(-1);
		const listItem = listItemPattern.exec(current.text);
		if (listItem) {
			const item = { line: current.line, text: listItem[1]! };
			if (previous?.type === 'list') previous.items.push(item);
			else result.blocks.push({ type: 'list', items: [item] });
			continue;
		}
		if (isTableSeparator(current.text) && previous?.type === 'table') continue;
		if (tableCells(current.text)) {
			if (previous?.type === 'table') previous.rows.push(current);
			else result.blocks.push({ type: 'table', rows: [current] });
			continue;
		}
		if (dashAttributionPattern.test(current.text) && previous?.type === 'paragraph') {
			result.blocks[result.blocks.length - 1] = {
				type: 'pullQuote',
				quote: previous.line,
				attribution: current,
			};
			continue;
		}
		const atx = atxHeadingPattern.exec(current.text);
		if (atx) {
			result.blocks.push({ type: 'heading', line: { line: current.line, text: atx[1]! } });
			continue;
		}
		const next = body[i + 1];
		if (isTitleLike(current.text) && next && !isTitleLike(next.text)) {
			const shared = sharedWordRatio(current.text, stems(current));
			const percent = `${Math.round(shared * 100)}% of its words appear elsewhere in the article`;
			// A low share plus a shout ("…Alliance!") or an acronym the text never uses marks a teaser.
			// A few words in capitals throughout ("THE BIG PICTURE", "WHAT TO WATCH") are a
			// newsletter's section head, not acronyms; a long line in capitals is a shouted headline.
			const shouted = !/\p{Ll}/u.test(current.text) && words(current.text).length <= 4;
			const acronyms = shouted ? [] : (current.text.match(/\b[A-Z]{3,}\b/g) ?? []);
			const teaser =
				/!$/.test(current.text) ||
				acronyms.some((a) => !body.some((k) => k !== current && k.text.includes(a)));
			if (shared < 0.5 && teaser) {
				result.removed.push({
					line: current.line,
					text: lines[current.line - 1]!,
					reason: `related-link headline: only ${percent}`,
				});
				continue;
			}
			if (shared < doubtfulBelow) {
				result.flagged.push({
					line: current.line,
					text: lines[current.line - 1]!,
					reason: `kept as a subhead, but may be a related-link headline: ${percent}`,
				});
			}
			result.blocks.push({ type: 'heading', line: current });
			continue;
		}
		result.blocks.push({ type: 'paragraph', line: current });
	}
	result.flagged.sort((a, b) => a.line - b.line);
	return result;
}

/** A time alone on a line ("19:40", "9:30 a. m.", "12:10 h"), as a live blog stamps its entries. */
const entryTime = /^\d{1,2}[:.]\d{2}(?:\s*(?:h|hrs|[ap]\.?\s?m\.?))?$/i;

/**
 * The indices of the raw lines that come right after a live blog's entry time (blank lines
 * skipped), when the page holds two times alone on a line or more; empty otherwise.
 */
function liveBlogTimes(lines: readonly string[]): Set<number> {
	const times = lines.flatMap((l, i) => (entryTime.test(l.trim()) ? [i] : []));
	if (times.length < 2) return new Set();
	const after = new Set<number>();
	for (const t of times) {
		let i = t + 1;
		while (i < lines.length && lines[i]!.trim() === '') i++;
		after.add(i);
	}
	return after;
}

/**
 * Lines above the first prose paragraph: the first headline-like one is the headline, the
 * next the dek; short lines there (a byline, a section name) go, flagged for review.
 * Returns the index of the first body line.
 */
function takeHeader(kept: KeptLine[], lines: readonly string[], result: StructuredText): number {
	// Content is sacred: a sentence, however short ("Nada nuevo bajo el sol."), opens the body.
	const opensBody = (k: KeptLine) =>
		isProse(k.text) ||
		isSentence(k.text) ||
		(words(k.text).length >= 2 && /[.!…]["'”’»)]?$/.test(k.text)) ||
		listItemPattern.test(k.text) ||
		tableCells(k.text) !== undefined;
	// A long headline or dek reads as prose by its length: the first headline-like line and
	// the one right after it (a dek) do not open the body.
	const headlineLike = (k: KeptLine) => isHeadlineLike(k.text) && words(k.text).length >= 4;
	const headline = kept.findIndex(headlineLike);
	const titles = new Set(
		headline < 0 ? [] : [headline, headline + 1].filter((i) => kept[i] && headlineLike(kept[i])),
	);
	const firstProse = kept.findIndex((k, i) => !titles.has(i) && opensBody(k));
	// A sentence the scraper broke over lines ("Claudia Sheinbaum" / "has spoken out …" /
	// "groups. …") starts in the header: its opening lines belong to the body.
	let bodyStart = firstProse;
	// A live blog's entry opens with its time alone on a line, then the entry's head ("19:40" /
	// "Así cerró la jornada" / text): a head right after such a time, above a sentence, opens the
	// body. Times alone on two lines or more mark the page as a live blog.
	const afterTimes = liveBlogTimes(lines);
	const afterTitles = Math.max(headline, ...titles);
	const entry = kept.findIndex(
		(k, i) =>
			i > afterTitles &&
			i < bodyStart &&
			afterTimes.has(k.line - 1) &&
			kept[i + 1] !== undefined &&
			opensBody(kept[i + 1]!),
	);
	if (entry >= 0) bodyStart = entry;
	while (
		bodyStart > 0 &&
		(/^[\p{Ll}]/u.test(kept[bodyStart]!.text) || /^[\p{Ll}]/u.test(kept[bodyStart - 1]!.text))
	)
		bodyStart--;
	const header = bodyStart <= 0 ? [] : kept.slice(0, bodyStart);
	if (!header.some(headlineLike)) return 0;
	for (const k of header) {
		const raw = lines[k.line - 1]!;
		if (headlineLike(k) && !result.dek) {
			if (!result.headline) {
				result.headline = k;
				result.removed.push({ line: k.line, text: raw, reason: 'moved to the headline' });
			} else {
				result.dek = k;
				result.removed.push({ line: k.line, text: raw, reason: 'moved to the dek' });
			}
			continue;
		}
		const reason = 'short line above the text: a byline, section or tag? Check it for the author';
		result.removed.push({ line: k.line, text: raw, reason });
		const doubt = result.flagged.findIndex((f) => f.line === k.line);
		if (doubt >= 0) result.flagged.splice(doubt, 1);
		result.flagged.push({ line: k.line, text: raw, reason });
	}
	return bodyStart;
}
