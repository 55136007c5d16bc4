import { createHash } from 'node:crypto';
import type { Claim } from '../../schemas/claims.ts';
import { foundQuotesKey } from '../../markdown/found-quotes.ts';
import { type OgCard, ogCardTree } from '../og/og-card.ts';

/**
 * Cache keys for Astro's incremental build: each page's key is a digest of exactly the content
 * it reads, so Astro re-renders a page when, and only when, one of those inputs changed (its
 * code is Astro's to track: it hashes each page's module graph). A key that reads too little
 * publishes a stale page; one that reads too much only costs a render, so where a view's inputs
 * are typed narrowly (`{ id, data }`) the key reads just that.
 */

/** A Markdown entry as the collections hold it: its data, its text, what the build rendered. */
export interface KeyedEntry {
	id: string;
	data: unknown;
	body?: string | undefined;
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
function listed(entry: KeyedEntry): string {
	return remembered(entry, 'listed', [entry.data], () => {
		const data = entry.data;
		if (data === null || typeof data !== 'object' || !('provenance' in data))
			return keyOf(entry.id, data);
		const { provenance: _shownOnItsOwnPage, ...shown } = data as Record<string, unknown>;
		return keyOf(entry.id, shown);
	});
}

/** An entry's id and whole frontmatter: what its own page reads. */
const record = (entry: KeyedEntry) =>
	remembered(entry, 'record', [entry.data], () => keyOf(entry.id, entry.data));

/** The quotations the quote plugin left in the rendered frontmatter (see found-quotes.ts). */
function foundQuotes(entry: KeyedEntry): SpokenQuote[] {
	const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
	const quotes = frontmatter?.[foundQuotesKey];
	return Array.isArray(quotes) ? (quotes as SpokenQuote[]) : [];
}

/** The digest of the quotations found in an entry. */
const quotesDigest = (entry: KeyedEntry) =>
	remembered(entry, 'quotes', [entry.rendered], () => keyOf(foundQuotes(entry)));

/** The digest of an entry's text and rendered body. */
const textDigest = (entry: KeyedEntry) =>
	remembered(entry, 'text', [entry.body, entry.rendered?.html], () =>
		keyOf(entry.body, entry.rendered?.html),
	);

/** The digest of an entry's text alone (the many-way table's ledes are drawn from it). */
const bodyDigest = (entry: KeyedEntry) =>
	remembered(entry, 'body', [entry.body], () => keyOf(entry.body));

/** An entry with its text, rendered body and quotations: what a page showing the body reads. */
const shownWhole = (entry: KeyedEntry) => [listed(entry), textDigest(entry), quotesDigest(entry)];

/** People as pages name them. */
const names = (people: readonly KeyedPerson[]) => people.map(({ id, data }) => [id, data.name]);

/** What every page of one story may read of it. */
export interface StoryInputs {
	story: KeyedEntry;
	/** The story's articles in reading order. */
	articles: readonly KeyedEntry[];
	claims: readonly Claim[];
	people: readonly KeyedPerson[];
}

/** An article's page: its body and data, its story, its siblings' headlines, people's names. */
export function articlePageKey(article: KeyedEntry, inputs: StoryInputs): string {
	const others = inputs.articles.filter((other) => other.id !== article.id).map(listed);
	const own = [record(article), textDigest(article), quotesDigest(article)];
	return keyOf('article', own, record(inputs.story), others, names(inputs.people));
}

/** A story's page: its summary, its articles' data and quotes, its claims, people's names. */
export function storyPageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => [listed(a), quotesDigest(a)]);
	const { story } = inputs;
	return keyOf(
		'story',
		[record(story), textDigest(story), quotesDigest(story)],
		articles,
		inputs.claims,
		inputs.people.map((p) => p.id),
		names(inputs.people),
	);
}

/** The many-way comparison: its articles' data and text (for the ledes), the claims. */
export function manyComparePageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => [listed(a), bodyDigest(a)]);
	return keyOf('many', record(inputs.story), articles, inputs.claims);
}

/**
 * Each claim of a map as digests: its wording, and each article's coverage of it; kept per map
 * array, which a build never changes in place (a new map is a new array).
 */
const claimDigests = new WeakMap<
	readonly Claim[],
	{ claim: string; coverage: { article: string; digest: string }[] }[]
>();

function digestsOfClaims(claims: readonly Claim[]) {
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

/**
 * What a pair's page reads of the claim map (pairClaims in compare/claim-alignment.ts): the
 * claims either article covers, in the map's order, with those two articles' coverage only.
 * As digests made once per map: a story of 10 articles has 90 pair pages to key.
 */
export function pairClaimsRead(claims: readonly Claim[], a: string, b: string) {
	return digestsOfClaims(claims).flatMap(({ claim, coverage }) => {
		const theirs = coverage.filter((c) => c.article === a || c.article === b);
		return theirs.length > 0 ? [[claim, theirs.map((c) => c.digest)]] : [];
	});
}

/** A pair's page: both bodies, the other articles' data, their claims, people's names. */
export function pairPageKey(a: KeyedEntry, b: KeyedEntry, inputs: StoryInputs): string {
	const others = inputs.articles.filter((x) => x.id !== a.id && x.id !== b.id).map(listed);
	return keyOf(
		'pair',
		record(inputs.story),
		shownWhole(a),
		shownWhole(b),
		others,
		pairClaimsRead(inputs.claims, a.id, b.id),
		names(inputs.people),
	);
}

/** A claim's page: the claim, its story's title and its articles' data. */
export function claimPageKey(claim: Claim, inputs: StoryInputs): string {
	return keyOf('claim', claim, record(inputs.story), inputs.articles.map(listed));
}

/**
 * A person's page: the person, people's names, and of every article (by id) that quotes them
 * its data and their quotations in it.
 */
export function personPageKey(
	person: KeyedPerson,
	people: readonly KeyedPerson[],
	articles: readonly KeyedEntry[],
): string {
	const quoted = articles
		.toSorted((a, b) => a.id.localeCompare(b.id))
		.flatMap((article) => {
			const theirs = foundQuotes(article).filter((quote) => quote.speaker === person.id);
			return theirs.length > 0 ? [{ article: listed(article), quotes: theirs }] : [];
		});
	return keyOf('person', person, names(people), quoted);
}

/**
 * "Who said what" (quotesPage in site/quote-pages.ts): of every article (by id) its data and
 * quotations, and of every person, in people.yaml's order, the name and role it shows. Aliases
 * and pronouns are not shown: what they change is who said a quotation, which the quotations'
 * own digest holds.
 */
export function quotesPageKey(
	people: readonly { id: string; data: { name: string; role: string } }[],
	articles: readonly KeyedEntry[],
): string {
	const quoting = articles
		.toSorted((a, b) => a.id.localeCompare(b.id))
		.map((article) => [listed(article), quotesDigest(article)]);
	return keyOf(
		'quotes',
		people.map(({ id, data }) => [id, data.name, data.role]),
		quoting,
	);
}

/**
 * A preview card: its image is drawn from the element tree alone (render-og.ts), which holds
 * what the card shows of its data (titles and lines clipped, the lines and figures it has room
 * for), so data it has no room for does not draw it again.
 */
export function ogCardKey(card: OgCard): string {
	return keyOf('og', ogCardTree(card));
}
