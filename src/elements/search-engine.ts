import { createIndexedSearch, type IndexedSearch } from '../lib/search/indexed-search.ts';
import type { SearchFilters, SearchHit } from '../lib/search/rank.ts';

const searches = new Map<string, IndexedSearch>();

/**
 * The best `limit` hits for `query`, from the index whose folder is at `index`. Its files
 * are fetched as queries need them, each once.
 */
export function search(
	index: string,
	query: string,
	filters: SearchFilters = {},
	limit = 20,
): Promise<SearchHit[]> {
	const base = new URL(index, location.href);
	let indexed = searches.get(base.href);
	if (!indexed) {
		indexed = createIndexedSearch(async (path) => {
			const response = await fetch(new URL(path, base));
			if (!response.ok) throw new Error(`search index ${path}: HTTP ${response.status}`);
			return response.json();
		});
		searches.set(base.href, indexed);
	}
	return indexed(query, filters, limit);
}

const typeLabels = { claim: 'Claim', quote: 'Quote', headline: 'Headline' } as const;

/**
 * A result as DOM, built from text nodes only (the query and the records are data, never
 * markup): its type, the words with the matched ones marked, and who or where.
 */
export function renderHit(hit: SearchHit, container: HTMLElement): void {
	const { record, highlights } = hit;
	const type = document.createElement('span');
	type.className = 'hit-type';
	type.textContent = typeLabels[record.type];
	const words = document.createElement('span');
	words.className = 'hit-text';
	let at = 0;
	for (const [start, end] of highlights) {
		words.append(record.text.slice(at, start));
		const mark = document.createElement('mark');
		mark.textContent = record.text.slice(start, end);
		words.append(mark);
		at = end;
	}
	words.append(record.text.slice(at));
	const source = document.createElement('span');
	source.className = 'hit-source meta';
	source.textContent = [record.speaker, record.outlets.join(', ')].filter(Boolean).join(' · ');
	container.append(type, ' ', words, ' ', source);
}
