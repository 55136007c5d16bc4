/**
 * The structural pass of ingestion: splits a raw text into the article's blocks (paragraphs,
 * headings, lists, tables, pull quotes), removing what the residue rules and the line
 * classifier name and recording every removal, edit and doubt against its raw line number.
 * The header above the first paragraph is take-header.ts's; the types, structured-text.ts's.
 */
import { classifyLines } from './classify-lines.ts';
import { isRepeated, readsAsArticleLine, sentenceStems } from './content-safety.ts';
import { editLine } from './line-edits.ts';
import {
	atxHeadingPattern,
	dashAttributionPattern,
	isTableSeparator,
	isTitleLike,
	listItemPattern,
	sharedWordRatio,
	significantWords,
	tableCells,
	wordStems,
	words,
} from './line-shapes.ts';
import { outletHint, residueReason } from './residue-rules.ts';
import type { KeptLine, StructuredText } from './structured-text.ts';
import { takeHeader } from './take-header.ts';

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
	const sentences = sentenceStems(body.map((k) => k.text));
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
			// A teaser's shape is weak evidence: one that reads as the article's stays, flagged.
			const reads = readsAsArticleLine(current.text, sentences, isRepeated(current.text, lines));
			if (shared < 0.5 && teaser && !reads) {
				result.removed.push({
					line: current.line,
					text: lines[current.line - 1]!,
					reason: `related-link headline: only ${percent}`,
				});
				continue;
			}
			// A share of one word says nothing ("¿Y España?" asks of a country the text had not
			// named yet): a title needs two significant words to be doubted by it.
			if (shared < doubtfulBelow && significantWords(current.text).length >= 2) {
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
