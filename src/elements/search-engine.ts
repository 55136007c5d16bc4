import { wordHighlights } from '../lib/search/highlight-words.ts';
import { createIndexedSearch, type IndexedSearch } from '../lib/search/indexed-search.ts';
import { withoutNestedQuotes } from '../lib/search/nested-quotes.ts';
import type { SearchFilters, SearchHit } from '../lib/search/rank.ts';

const searches = new Map<string, IndexedSearch>();

/**
 * The best `limit` hits for `query`, from the index whose manifest is at `index` (the page
 * names it by its hash, so page and index always match), a quote nested in a longer one of
 * the same article shown once. Its files are fetched as queries need them, each once.
 */
export async function search(
	index: string,
	query: string,
	filters: SearchFilters = {},
	limit = 20,
): Promise<SearchHit[]> {
	const manifest = new URL(index, location.href);
	let indexed = searches.get(manifest.href);
	if (!indexed) {
		indexed = createIndexedSearch(
			async (path) => {
				const response = await fetch(new URL(path, manifest));
				if (!response.ok) throw new Error(`search index ${path}: HTTP ${response.status}`);
				return response.json();
			},
			manifest.pathname.slice(manifest.pathname.lastIndexOf('/') + 1),
		);
		searches.set(manifest.href, indexed);
	}
	return withoutNestedQuotes(await indexed(query, filters, limit));
}

const typeLabels = { claim: 'Claim', quote: 'Quote', headline: 'Headline' } as const;

/** Where the words matched when none of the shown ones did: the record's context. */
const contextLabels = {
	claim: 'found in the articles’ own words',
	quote: 'found in its article’s headline',
	headline: 'found in its outlet’s name',
} as const;

/** The text nodes and marks of `text`, the ranges marked. */
function markedNodes(text: string, ranges: readonly [number, number][]): (string | HTMLElement)[] {
	const nodes: (string | HTMLElement)[] = [];
	let at = 0;
	for (const [start, end] of ranges) {
		nodes.push(text.slice(at, start));
		const mark = document.createElement('mark');
		mark.textContent = text.slice(start, end);
		nodes.push(mark);
		at = end;
	}
	nodes.push(text.slice(at));
	return nodes;
}

function span(className: string, ...children: (string | HTMLElement)[]): HTMLElement {
	const element = document.createElement('span');
	element.className = className;
	element.append(...children);
	return element;
}

/**
 * A result as DOM, built from text nodes only (the query and the records are data, never
 * markup): its type, the words with the matched ones marked (whole words), and who (a
 * matched name marked too) or where; where the words matched when no shown word did.
 */
export function renderHit(hit: SearchHit, container: HTMLElement, query: string): void {
	const { record } = hit;
	const highlights = wordHighlights(record.text, hit.highlights, query);
	const speaker = record.speaker ?? '';
	const speakerHighlights = wordHighlights(speaker, [], query);
	const where = [
		record.outlets.join(', '),
		highlights.length + speakerHighlights.length === 0 ? contextLabels[record.type] : '',
	].filter(Boolean);
	const text = span('hit-text', ...markedNodes(record.text, highlights));
	if (record.lang) text.lang = record.lang;
	container.append(
		span('hit-type', typeLabels[record.type]),
		' ',
		text,
		' ',
		span(
			'hit-source meta',
			...markedNodes(speaker, speakerHighlights),
			speaker && where.length > 0 ? ' · ' : '',
			where.join(' · '),
		),
	);
}
