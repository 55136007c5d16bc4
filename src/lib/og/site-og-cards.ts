import { getCollection } from 'astro:content';
import { outletName } from '../articles/article-labels.ts';
import { orderedPairs, pairCard } from '../compare/pairs.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import type { OgCard } from './og-card.ts';
import { claimCardData, pairCardData, storyCardData } from './og-card-data.ts';

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
	cards.set('site', {
		kind: 'Coverage compared',
		title: 'One story, every angle: what each outlet asserted, quoted, or left out',
		lines: stories.map((story) => story.data.title),
	});
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
	for (const { id, data } of articles) {
		cards.set(`articles/${id}`, {
			kind: 'Article',
			title: data.headline.text,
			lines: [outletName(data), ...(data.author ? [data.author] : [])],
		});
	}
	return cards;
}
