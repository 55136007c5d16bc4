/**
 * The records a query's postings make worth ranking, chosen before any record's text is read:
 * how many of them the search fetches is how long it waits.
 */
import type { TermMatch } from './term-matcher.ts';
import { tiedByBlock } from './tied-by-block.ts';

/** A term's records, ascending, and the level of its weight in each (`impactLevel`). */
export interface TermPostings {
	records: ArrayLike<number>;
	levels: ArrayLike<number>;
}

/**
 * What a term counts for in a record at each level of its weight there: a word of a short
 * passage says more about it than the same word somewhere in a long one (fuse.js, ranking
 * next, thinks so too). Without it every record holding the same terms tied, and twice the
 * dialog's results had to be fetched for fuse.js to find the wanted ones among them.
 */
const levelWeights = [1, 0.8, 0.6, 0.4];

/**
 * The records most worth ranking: first those matching the most words of the query, then
 * by how well (closeness × rarity of the term × its weight in the record). Records the
 * postings cannot tell apart are chosen by their block of `blockSize` records (`tiedByBlock`),
 * so the candidates are read in fewer files; otherwise the earlier record goes first. The
 * same query always gives the same candidates.
 */
export function pickCandidates(
	words: readonly (readonly TermMatch[])[],
	postings: (match: TermMatch) => TermPostings,
	records: number,
	allowed: ((record: number) => boolean) | undefined,
	count: number,
	blockSize = 1,
): number[] {
	const { covered, scores, best } = scratch(records);
	const touched: number[] = [];
	for (const matches of words) {
		const seen: number[] = [];
		for (const match of matches) {
			const termValue = match.weight * Math.log(1 + records / match.df);
			const { records: list, levels } = postings(match);
			for (let i = 0; i < list.length; i++) {
				const record = list[i]!;
				const value = termValue * levelWeights[levels[i]!]!;
				if (best[record] === 0) {
					if (allowed && !allowed(record)) continue;
					seen.push(record);
					best[record] = value;
				} else if (value > best[record]!) best[record] = value;
			}
		}
		for (const record of seen) {
			if (covered[record] === 0) touched.push(record);
			covered[record]!++;
			scores[record]! += best[record]!;
			best[record] = 0;
		}
	}
	const before = (a: number, b: number) =>
		covered[a]! - covered[b]! || scores[a]! - scores[b]! || b - a;
	// The best `count`, kept sorted as the records go by: most fall below the last one.
	const top: number[] = [];
	for (const record of touched) {
		if (top.length === count && before(record, top[count - 1]!) <= 0) continue;
		let at = top.length === count ? count - 1 : top.length;
		while (at > 0 && before(record, top[at - 1]!) > 0) {
			top[at] = top[at - 1]!;
			at--;
		}
		top[at] = record;
	}
	const picked =
		top.length === count && blockSize > 1
			? tiedByBlock(
					top,
					touched,
					(a, b) => covered[a] === covered[b] && scores[a] === scores[b],
					blockSize,
				)
			: top;
	for (const record of touched) {
		covered[record] = 0;
		scores[record] = 0;
	}
	return picked;
}

let buffers: { covered: Uint8Array; scores: Float64Array; best: Float64Array } | undefined;

/**
 * Arrays over every record number, not maps: a short prefix brings tens of thousands of
 * postings, and this loop is then most of a keystroke's time. Kept from call to call (each
 * call zeroes what it touched), as allocating them would cost as much again.
 */
function scratch(records: number) {
	if (!buffers || buffers.best.length < records)
		buffers = {
			covered: new Uint8Array(records),
			scores: new Float64Array(records),
			best: new Float64Array(records),
		};
	return buffers;
}
