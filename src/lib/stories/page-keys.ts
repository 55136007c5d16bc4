import { createHash } from 'node:crypto';
import type { Claim } from '../../schemas/claims.ts';
import { foundQuotesKey } from '../../markdown/found-quotes.ts';

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

/** An entry's id and frontmatter: what lists, figures and links read. */
const record = (entry: KeyedEntry) => ({ id: entry.id, data: entry.data });

/** The quotations the quote plugin left in the rendered frontmatter (see found-quotes.ts). */
function foundQuotes(entry: KeyedEntry): SpokenQuote[] {
	const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
	const quotes = frontmatter?.[foundQuotesKey];
	return Array.isArray(quotes) ? (quotes as SpokenQuote[]) : [];
}

/** An entry's text and rendered body, the digest of the two, kept with the strings it is of. */
const textDigests = new WeakMap<KeyedEntry, { body?: string; html?: string; digest: string }>();

/**
 * The digest of an entry's text and rendered body. Pair pages read each article's nine times
 * over (at 10 articles a story), so it is kept per entry, and used only while both strings are
 * still the ones it was made of.
 */
function textDigest(entry: KeyedEntry): string {
	const { body } = entry;
	const html = entry.rendered?.html;
	const known = textDigests.get(entry);
	if (known && known.body === body && known.html === html) return known.digest;
	const digest = keyOf(body, html);
	textDigests.set(entry, { body, html, digest });
	return digest;
}

/** An entry with its text and rendered body: what a page showing the body reads. */
const whole = (entry: KeyedEntry) => ({
	...record(entry),
	text: textDigest(entry),
	quotes: foundQuotes(entry),
});

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
	const others = inputs.articles.filter((other) => other.id !== article.id).map(record);
	return keyOf('article', whole(article), record(inputs.story), others, names(inputs.people));
}

/** A story's page: its summary, its articles' data and quotes, its claims, people's names. */
export function storyPageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => ({ ...record(a), quotes: whole(a).quotes }));
	return keyOf(
		'story',
		whole(inputs.story),
		articles,
		inputs.claims,
		inputs.people.map((p) => p.id),
		names(inputs.people),
	);
}

/** The many-way comparison: its articles' data and text (for the ledes), the claims. */
export function manyComparePageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => ({ ...record(a), body: a.body }));
	return keyOf('many', record(inputs.story), articles, inputs.claims);
}

/**
 * What a pair's page reads of the claim map (pairClaims in compare/claim-alignment.ts): the
 * claims either article covers, in the map's order, with those two articles' coverage only.
 */
export function pairClaimsRead(claims: readonly Claim[], a: string, b: string) {
	return claims.flatMap(({ id, statement, topic, coverage }) => {
		const theirs = coverage.filter((c) => c.article === a || c.article === b);
		return theirs.length > 0 ? [{ id, statement, topic, coverage: theirs }] : [];
	});
}

/** A pair's page: both bodies, the other articles' data, their claims, people's names. */
export function pairPageKey(a: KeyedEntry, b: KeyedEntry, inputs: StoryInputs): string {
	const others = inputs.articles.filter((x) => x.id !== a.id && x.id !== b.id).map(record);
	return keyOf(
		'pair',
		record(inputs.story),
		whole(a),
		whole(b),
		others,
		pairClaimsRead(inputs.claims, a.id, b.id),
		names(inputs.people),
	);
}

/** A claim's page: the claim, its story's title and its articles' data. */
export function claimPageKey(claim: Claim, inputs: StoryInputs): string {
	return keyOf('claim', claim, record(inputs.story), inputs.articles.map(record));
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
			return theirs.length > 0 ? [{ ...record(article), quotes: theirs }] : [];
		});
	return keyOf('person', person, names(people), quoted);
}

/** A preview card: its image is drawn from its data alone. */
export function ogCardKey(card: unknown): string {
	return keyOf('og', card);
}
