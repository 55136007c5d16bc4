import type { Claim } from '../../schemas/claims.ts';
import { type OgCard, ogCardTree } from '../og/og-card.ts';
import {
	ledeDigest,
	digestsOfClaims,
	foundQuotes,
	type KeyedEntry,
	type KeyedPerson,
	keyOf,
	listedDigest,
	names,
	quotesDigest,
	recordDigest,
	shownWhole,
	textDigest,
} from './content-digests.ts';

/**
 * Cache keys for Astro's incremental build: each page's key is a digest of exactly the content
 * it reads, so Astro re-renders a page when, and only when, one of those inputs changed (its
 * code is Astro's to track: it hashes each page's module graph). A key that reads too little
 * publishes a stale page; one that reads too much only costs a render, so where a view's inputs
 * are typed narrowly (`{ id, data }`) the key reads just that. How each part is digested, once a
 * build: content-digests.ts.
 */

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
	const others = inputs.articles.filter((other) => other.id !== article.id).map(listedDigest);
	const own = [recordDigest(article), textDigest(article), quotesDigest(article)];
	return keyOf('article', own, recordDigest(inputs.story), others, names(inputs.people));
}

/** A story's page: its summary, its articles' data and quotes, its claims, people's names. */
export function storyPageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => [listedDigest(a), quotesDigest(a)]);
	const { story } = inputs;
	return keyOf(
		'story',
		[recordDigest(story), textDigest(story), quotesDigest(story)],
		articles,
		inputs.claims,
		inputs.people.map((p) => p.id),
		names(inputs.people),
	);
}

/** The many-way comparison: its articles' data and ledes, the claims. */
export function manyComparePageKey(inputs: StoryInputs): string {
	const articles = inputs.articles.map((a) => [listedDigest(a), ledeDigest(a)]);
	return keyOf('many', recordDigest(inputs.story), articles, inputs.claims);
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
	const others = inputs.articles.filter((x) => x.id !== a.id && x.id !== b.id).map(listedDigest);
	return keyOf(
		'pair',
		recordDigest(inputs.story),
		shownWhole(a),
		shownWhole(b),
		others,
		pairClaimsRead(inputs.claims, a.id, b.id),
		names(inputs.people),
	);
}

/** A claim's page: the claim, its story's title and its articles' data. */
export function claimPageKey(claim: Claim, inputs: StoryInputs): string {
	return keyOf('claim', claim, recordDigest(inputs.story), inputs.articles.map(listedDigest));
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
			return theirs.length > 0 ? [{ article: listedDigest(article), quotes: theirs }] : [];
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
		.map((article) => [listedDigest(article), quotesDigest(article)]);
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
