import { createHash } from 'node:crypto';
import type { Claim } from '../../schemas/claims.ts';
import { foundQuotesKey } from '../../markdown/found-quotes.ts';
import { storedLede } from '../content/lean-entry.ts';

/** The digests page keys are made of: each part of the content serialised and hashed once a build. */

/** A Markdown entry as the collections hold it: its data, its text, what the build rendered. */
export interface KeyedEntry {
	id: string;
	data: unknown;
	rendered?: { html: string; metadata?: { [key: string]: unknown } | undefined } | undefined;
}

/** A person as the people collection holds them. */
export interface KeyedPerson {
	id: string;
	data: { name: string };
}

/** A quotation found in an article: only its speaker matters for sorting it to a person. */
interface SpokenQuote {
	speaker: string | null;
}

/** One digest of any JSON values; the order of the parts matters. */
export function keyOf(...parts: unknown[]): string {
	const hash = createHash('sha256');
	for (const part of parts) hash.update(`${JSON.stringify(part) ?? 'undefined'}\n`);
	return hash.digest('base64url');
}

/**
 * One value worked out from an entry, kept with the entry and used again only while every input
 * it was made of is still the same object or string: a page key reads each article once per
 * page that lists it (at 10 articles a story, 18 pair pages show it and 72 more list it), so
 * each entry's parts are serialised and hashed once per build, not once per page. Entries are not
 * changed in place within a build; one replaced field (a new body, new data) is a new input.
 */
const memos = new WeakMap<KeyedEntry, Map<string, { inputs: unknown[]; value: string }>>();

function remembered(entry: KeyedEntry, name: string, inputs: unknown[], make: () => string) {
	let byName = memos.get(entry);
	if (!byName) {
		byName = new Map();
		memos.set(entry, byName);
	}
	const known = byName.get(name);
	if (known?.inputs.every((input, i) => input === inputs[i])) return known.value;
	const value = make();
	byName.set(name, { inputs, value });
	return value;
}

/**
 * An entry's id and frontmatter, without an article's provenance (its raw file's name, hash and
 * the lines ingestion removed, edited or flagged): what lists, figures, links and comparisons
 * read. Only an article's own page shows its provenance, so a re-ingested raw file re-renders
 * that page and no other.
 */
export function listedDigest(entry: KeyedEntry): string {
	return remembered(entry, 'listed', [entry.data], () => {
		const data = entry.data;
		if (data === null || typeof data !== 'object' || !('provenance' in data))
			return keyOf(entry.id, data);
		const { provenance: _shownOnItsOwnPage, ...shown } = data as Record<string, unknown>;
		return keyOf(entry.id, shown);
	});
}

/** An entry's id and whole frontmatter: what its own page reads. */
export const recordDigest = (entry: KeyedEntry) =>
	remembered(entry, 'record', [entry.data], () => keyOf(entry.id, entry.data));

/** The quotations the quote plugin left in the rendered frontmatter (see found-quotes.ts). */
export function foundQuotes(entry: KeyedEntry): SpokenQuote[] {
	const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
	const quotes = frontmatter?.[foundQuotesKey];
	return Array.isArray(quotes) ? (quotes as SpokenQuote[]) : [];
}

/** The digest of the quotations found in an entry. */
export const quotesDigest = (entry: KeyedEntry) =>
	remembered(entry, 'quotes', [entry.rendered], () => keyOf(foundQuotes(entry)));

/**
 * The digest of an entry's rendered body. The store keeps no Markdown text (lean-entry.ts): what
 * pages read of it is the HTML and the lede. The HTML is keyed as the store packs it: the same
 * HTML packs the same way, and packed it is a quarter of the bytes to hash.
 */
export const textDigest = (entry: KeyedEntry) =>
	remembered(entry, 'text', [entry.rendered?.html], () => keyOf(entry.rendered?.html));

/** The digest of an entry's lede (the many-way table shows it). */
export const ledeDigest = (entry: KeyedEntry) =>
	remembered(entry, 'lede', [entry.rendered], () => keyOf(storedLede(entry)));

/** An entry with its text, rendered body and quotations: what a page showing the body reads. */
export const shownWhole = (entry: KeyedEntry) => [
	listedDigest(entry),
	textDigest(entry),
	quotesDigest(entry),
];

/** People as pages name them. */
export const names = (people: readonly KeyedPerson[]) =>
	people.map(({ id, data }) => [id, data.name]);

/**
 * Each claim of a map as digests: its wording, and each article's coverage of it; kept per map
 * array, which a build never changes in place (a new map is a new array).
 */
const claimDigests = new WeakMap<
	readonly Claim[],
	{ claim: string; coverage: { article: string; digest: string }[] }[]
>();

/** A claim map's digests, made on its first use in a build. */
export function digestsOfClaims(claims: readonly Claim[]) {
	let digests = claimDigests.get(claims);
	if (!digests) {
		digests = claims.map(({ id, statement, topic, coverage }) => ({
			claim: keyOf(id, statement, topic),
			coverage: coverage.map((c) => ({ article: c.article, digest: keyOf(c) })),
		}));
		claimDigests.set(claims, digests);
	}
	return digests;
}
