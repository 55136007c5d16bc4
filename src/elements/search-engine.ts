import { wordHighlights } from '../lib/search/highlight-words.ts';
import { indexFormat, type SearchEntry } from '../lib/search/index-format.ts';
import { createIndexedSearch, type IndexedSearch } from '../lib/search/indexed-search.ts';
import { withoutNestedQuotes } from '../lib/search/nested-quotes.ts';
import type { SearchFilters, SearchHit } from '../lib/search/rank.ts';

const searches = new Map<string, Promise<IndexedSearch>>();

/**
 * Next letters read ahead after each search (indexed-search.ts): at 100,000 records, over the
 * tuning queries typed a letter at a time, two cut the keystrokes that fetch six files or
 * more from one in seven to about one in twenty-five, for about 5 KB gzipped more per
 * keystroke, fetched after its results are shown.
 */
const readAhead = 2;
/**
 * Read ahead only once the results have stood this long with no newer search: searches
 * asked back to back (a query pasted, or typed by a script) start none to queue in front of
 * the next one's files, while a person's next key, rarely under 50 ms later, finds them read.
 * 30 ms left too little of a 100 ms pause for the reads under load.
 */
const readAheadPause = 10;

/**
 * The index the entry file at `entry` names. The entry is asked of the server afresh (it is
 * the one file whose bytes change under its name); every file it leads to is named by its
 * hash, so what one search reads always belongs together.
 */
async function openIndex(entry: URL): Promise<IndexedSearch> {
	const response = await fetch(entry, { cache: 'no-cache' });
	if (!response.ok) throw new Error(`search index entry: HTTP ${response.status}`);
	const { format, manifest } = (await response.json()) as SearchEntry;
	if (format !== indexFormat)
		throw new Error(`search index format ${format}, this page reads ${indexFormat}`);
	const base = new URL(manifest, entry);
	return createIndexedSearch(
		async (path, ahead) => {
			// A file read ahead waits behind those a search shown now is waiting on.
			const file = await fetch(new URL(path, base), ahead ? { priority: 'low' } : {});
			if (!file.ok) throw new Error(`search index ${path}: HTTP ${file.status}`);
			return file.json();
		},
		base.pathname.slice(base.pathname.lastIndexOf('/') + 1),
		{ readAhead, readAheadPause },
	);
}

/**
 * The best `limit` hits for `query`, from the index the entry file at `index` names, a quote
 * nested in a longer one of the same article shown once. Its files are fetched as queries
 * need them, each once.
 */
export async function search(
	index: string,
	query: string,
	filters: SearchFilters = {},
	limit = 20,
): Promise<SearchHit[]> {
	return withoutNestedQuotes(await (await indexAt(index))(query, filters, limit));
}

/**
 * Reads the entry file and the manifest at `index` ahead of the first query (when the dialog
 * opens), so the first keystroke's search starts from its term file, not from the entry.
 */
export async function prepareSearch(index: string): Promise<void> {
	const indexed = await indexAt(index);
	await indexed('');
}

function indexAt(index: string): Promise<IndexedSearch> {
	const entry = new URL(index, location.href);
	let indexed = searches.get(entry.href);
	if (!indexed) {
		indexed = openIndex(entry);
		// A failed fetch is not remembered: the next keystroke tries again.
		indexed.catch(() => searches.delete(entry.href));
		searches.set(entry.href, indexed);
	}
	return indexed;
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
