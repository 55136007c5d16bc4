import type { CuratedQuote } from '../../../schemas/article.ts';
import type { Person } from '../../../schemas/people.ts';
import { slugify } from '../../text/slug.ts';
import { normaliseForMatch, verbatimFinder } from '../../text/text-match.ts';
import { type FindOptions, type FoundQuote, findQuotes } from '../find-quotes.ts';

/** A quotation as the site shows it: found or curated, with its stable anchor id. */
export interface ArticleQuote extends FoundQuote {
	/** `q-` and the opening words, unique within the article: the `#q-…` of shared links. */
	id: string;
	curated: boolean;
}

/**
 * The quotations of an article: what the finder detects, with the editor's curated
 * corrections winning (a curated quote the finder missed is added where its words stand).
 * `options.lang` is the article's language when known; the finder detects it otherwise.
 */
export function articleQuotes(
	blocks: readonly string[],
	people: readonly Person[],
	curated: readonly CuratedQuote[] = [],
	options: FindOptions = {},
): ArticleQuote[] {
	let quotes: FoundQuote[] = findQuotes(blocks, people, options).quotes;
	const curatedOnes = new Set<FoundQuote>();
	for (const correction of curated) {
		const wanted = comparable(correction.text);
		const found = quotes.find((quote) => comparable(quote.text) === wanted);
		if (correction.kind === 'not-speech') {
			quotes = quotes.filter((quote) => quote !== found);
			continue;
		}
		const corrected = {
			speaker: correction.speaker ?? null,
			description: correction.description ?? null,
			kind: correction.kind,
			confidence: 1,
			reason: 'curated by an editor',
		};
		if (found) {
			Object.assign(found, corrected);
			curatedOnes.add(found);
			continue;
		}
		const located = locate(blocks, correction.text);
		if (!located) continue; // validation reports a curated quote that is not verbatim
		const quote: FoundQuote = {
			...located,
			text: blocks[located.block]!.slice(located.start, located.end),
			reportedBy: null,
			...corrected,
		};
		quotes.push(quote);
		curatedOnes.add(quote);
	}
	quotes.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
	const used = new Set<string>();
	const next = new Map<string, number>();
	return quotes.map((quote) => ({
		...quote,
		id: uniqueId(quote.text, used, next),
		curated: curatedOnes.has(quote),
	}));
}

/** Quote text compared without its edge punctuation: `entirely a movie,` is `entirely a movie`. */
function comparable(text: string): string {
	return normaliseForMatch(text).replace(/^[\s"'.,;:!?—–-]+|[\s"'.,;:!?—–-]+$/g, '');
}

function locate(blocks: readonly string[], text: string) {
	const find = verbatimFinder(text);
	for (const [block, haystack] of blocks.entries()) {
		const range = find(haystack);
		if (range) return { block, ...range };
	}
	return undefined;
}

function uniqueId(text: string, used: Set<string>, next: Map<string, number>): string {
	const base = `q-${slugify(text.split(/\s+/).slice(0, 6).join(' ')) || 'quote'}`;
	let id = base;
	// Resume after the last number given to this base: counting from 2 each time is quadratic.
	let n = next.get(base) ?? 2;
	for (; used.has(id); n++) id = `${base}-${n}`;
	next.set(base, n);
	used.add(id);
	return id;
}
