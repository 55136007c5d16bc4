import { getCollection, getEntry } from 'astro:content';
import type { Article } from '../../schemas/article.ts';
import { outletName } from '../articles/article-labels.ts';
import { orderedPairs, pairCard } from '../compare/pairs.ts';
import { rememberLast } from '../content/remember-last.ts';
import { storyArticles, storyClaims } from '../site/collections.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import type { OgCard } from './og-card.ts';
import { claimCardData, pairCardData, storyCardData } from './og-card-data.ts';

/** The site's own card, over every story's title. */
function siteCardData(storyTitles: string[]): OgCard {
	return {
		kind: 'Coverage compared',
		title: 'One story, every angle: what each outlet asserted, quoted, or left out',
		lines: storyTitles,
	};
}

/** An article's card: its headline, outlet and author. */
function articleCardData(data: Article): OgCard {
	return {
		kind: 'Article',
		title: data.headline.text,
		lines: [outletName(data), ...(data.author ? [data.author] : [])],
	};
}

/**
 * Every preview card the site has, by its path under /og/ (without `.png`): one per
 * story, article, pair (either way round, see `pairCard`) and claim.
 */
export async function allOgCards(): Promise<Map<string, OgCard>> {
	const stories = await getCollection('stories');
	const articles = await getCollection('articles');
	const claimFiles = await getCollection('claims');
	const claimsOf = (story: string) =>
		claimFiles.find((file) => file.id === story)?.data.claims ?? [];
	const cards = new Map<string, OgCard>();
	cards.set('site', siteCardData(stories.map((story) => story.data.title)));
	for (const story of stories) {
		const own = articlesOfStory(story.id, articles);
		const claims = claimsOf(story.id);
		cards.set(`stories/${story.id}`, storyCardData(story.data, own, claims));
		for (const [a, b] of orderedPairs(own)) {
			if (pairCard(a.id, b.id) !== `compare/${a.id}/${b.id}`) continue;
			cards.set(pairCard(a.id, b.id), pairCardData(story.data.title, a, b, claims));
		}
	}
	for (const file of claimFiles) {
		const own = articlesOfStory(file.id, articles);
		for (const claim of file.data.claims)
			cards.set(`claims/${claim.id}`, claimCardData(claim, own));
	}
	for (const { id, data } of articles) cards.set(`articles/${id}`, articleCardData(data));
	return cards;
}

const rememberedClaimStories = rememberLast<Map<string, string>>();

/**
 * Each claim's story, by claim id, for the claim cards: made again only when a claim map changes
 * (once per build; in the dev server after an edit).
 */
async function storyOfClaim(): Promise<Map<string, string>> {
	const files = await getCollection('claims');
	return rememberedClaimStories(
		files.flatMap((file) => [file.id, file.data]),
		() => new Map(files.flatMap((file) => file.data.claims.map((claim) => [claim.id, file.id]))),
	);
}

/**
 * The one card at `card` (a key of `allOgCards`), made as `allOgCards` makes it, when its image
 * is drawn. The card route's paths keep only each card's key: held in Astro's route cache
 * through the whole build, every card's text and figures were ~55 KB a story.
 */
export async function ogCardAt(card: string): Promise<OgCard> {
	const slash = card.indexOf('/');
	const [kind, id] = slash < 0 ? [card, ''] : [card.slice(0, slash), card.slice(slash + 1)];
	if (kind === 'site')
		return siteCardData((await getCollection('stories')).map((story) => story.data.title));
	if (kind === 'stories') {
		const story = await getEntry('stories', id);
		if (story) return storyCardData(story.data, await storyArticles(id), await storyClaims(id));
	}
	if (kind === 'compare') {
		const [a, b] = await Promise.all(id.split('/').map((side) => getEntry('articles', side)));
		const story = a && (await getEntry('stories', a.data.story));
		if (a && b && story && pairCard(a.id, b.id) === card)
			return pairCardData(story.data.title, a, b, await storyClaims(story.id));
	}
	if (kind === 'claims') {
		const storyId = (await storyOfClaim()).get(id);
		const claim = storyId && (await storyClaims(storyId)).find((each) => each.id === id);
		if (storyId && claim) return claimCardData(claim, await storyArticles(storyId));
	}
	if (kind === 'articles') {
		const article = await getEntry('articles', id);
		if (article) return articleCardData(article.data);
	}
	throw new Error(`no preview card "${card}"`);
}
