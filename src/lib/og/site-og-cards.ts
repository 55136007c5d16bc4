import { getCollection } from 'astro:content';
import { outletName, shortHeadline } from '../articles/article-labels.ts';
import { stanceLabels } from '../claims/stance-labels.ts';
import { orderedPairs, pairCard } from '../compare/pairs.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import type { OgCard } from './og-card.ts';

/**
 * Every preview card the site has, by its path under /og/ (without `.png`): one per
 * story, article, pair (either way round, see `pairCard`) and claim.
 */
export async function allOgCards(): Promise<Map<string, OgCard>> {
	const stories = await getCollection('stories');
	const articles = await getCollection('articles');
	const claimFiles = await getCollection('claims');
	const cards = new Map<string, OgCard>();
	cards.set('site', {
		kind: 'Coverage compared',
		title: 'One story, every angle: what each outlet asserted, quoted, or left out',
		lines: stories.map((story) => story.data.title),
	});
	const headline = (id: string) => articles.find((a) => a.id === id)?.data.headline.text ?? id;
	for (const story of stories) {
		const own = articlesOfStory(story.id, articles);
		cards.set(`stories/${story.id}`, {
			kind: 'Story',
			title: story.data.title,
			lines: [`${own.length} articles side by side`, story.data.question],
		});
		for (const [a, b] of orderedPairs(own)) {
			if (pairCard(a.id, b.id) !== `compare/${a.id}/${b.id}`) continue;
			cards.set(pairCard(a.id, b.id), {
				kind: 'Comparison',
				title: story.data.title,
				lines: [
					`${outletName(a.data)}: ${shortHeadline(a.data.headline.text, 9)}`,
					'versus',
					`${outletName(b.data)}: ${shortHeadline(b.data.headline.text, 9)}`,
				],
			});
		}
	}
	for (const { id, data } of articles) {
		cards.set(`articles/${id}`, {
			kind: 'Article',
			title: data.headline.text,
			lines: [outletName(data), ...(data.author ? [data.author] : [])],
		});
	}
	for (const file of claimFiles) {
		for (const claim of file.data.claims) {
			cards.set(`claims/${claim.id}`, {
				kind: 'Claim',
				title: claim.statement,
				lines: claim.coverage
					.slice(0, 4)
					.map((c) => `${stanceLabels[c.stance]}: ${shortHeadline(headline(c.article), 7)}`),
			});
		}
	}
	return cards;
}
