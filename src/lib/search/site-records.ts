import { getCollection } from 'astro:content';
import { shortHeadline, textLang } from '../articles/article-labels.ts';
import { peopleNames, renderedQuotes } from '../site/collections.ts';
import { articlesOfStory } from '../stories/story-articles.ts';
import { articleUrl, storyUrl } from '../site/urls.ts';
import { type SearchRecord, searchRecords } from './search-records.ts';

let cached: Promise<SearchRecord[]> | undefined;

/**
 * Every story's search records, from the validated content and the quotes the build found;
 * gathered once per build, as the search page and the index files both need them.
 */
export function siteRecords(): Promise<SearchRecord[]> {
	cached ??= gather();
	return cached;
}

async function gather(): Promise<SearchRecord[]> {
	const articles = await getCollection('articles');
	const names = await peopleNames();
	const claimFiles = new Map(
		(await getCollection('claims')).map((entry) => [entry.id, entry.data.claims]),
	);
	const records: SearchRecord[] = [];
	for (const story of await getCollection('stories')) {
		const own = await Promise.all(
			articlesOfStory(story.id, articles).map(async (article) => ({
				id: article.id,
				headline: article.data.headline.text,
				source: article.data.outlet ?? shortHeadline(article.data.headline.text, 5),
				quotes: await renderedQuotes(article),
				lang: textLang(article.data),
			})),
		);
		records.push(
			...searchRecords(story.id, claimFiles.get(story.id) ?? [], own, names, {
				article: articleUrl,
				story: storyUrl,
			}),
		);
	}
	return records;
}

/** The search page's filter choices: every outlet and every speaker with a record, sorted. */
export async function searchFilters(): Promise<{ outlets: string[]; speakers: string[] }> {
	const records = await siteRecords();
	return {
		outlets: [...new Set(records.flatMap((record) => record.outlets))].sort(),
		speakers: [...new Set(records.flatMap((record) => record.speaker ?? []))].sort(),
	};
}
