import { getCollection } from 'astro:content';
import { outletName } from '../articles/article-labels.ts';
import { quotationStructuredData } from '../quotes/quote-structured-data.ts';
import type { SpeakerQuotes } from '../quotes/quotes-by-speaker.ts';
import { type PersonEntry, peopleNames } from './collections.ts';
import { speakerQuotesOf } from './speaker-quotes.ts';
import { siteRoutes } from './urls.ts';

/** Every quotation on the site by speaker, and how to name each article in a list. */
async function allSpeakerQuotes(): Promise<{
	speakers: SpeakerQuotes[];
	sources: Map<string, string>;
}> {
	const articles = (await getCollection('articles')).toSorted((a, b) => a.id.localeCompare(b.id));
	const sources = new Map(
		articles.map(({ id, data }) => [id, `${outletName(data)}, “${data.headline.text}”`]),
	);
	return { speakers: await speakerQuotesOf(articles), sources };
}

const absolute = (site: URL | undefined) => (path: string) => new URL(path, site).href;

/** "Who said what": every speaker with their quotations, grouped; people's names and roles. */
export async function quotesPage(site: URL | undefined) {
	const { speakers, sources } = await allSpeakerQuotes();
	const people = new Map((await getCollection('people')).map(({ id, data }) => [id, data]));
	return {
		sources,
		speakers: speakers.map(({ speaker, groups }) => ({
			id: speaker,
			person: speaker ? people.get(speaker) : undefined,
			url: speaker ? siteRoutes.person(speaker) : undefined,
			groups,
		})),
		structuredData: quotationStructuredData(
			speakers.flatMap((s) => s.groups.flatMap((g) => g.quotes)),
			await peopleNames(),
			absolute(site),
			siteRoutes.article,
		),
	};
}

/** One route per person. */
export async function personPaths(): Promise<
	{ params: { person: string }; props: { person: PersonEntry } }[]
> {
	return (await getCollection('people')).map((person) => ({
		params: { person: person.id },
		props: { person },
	}));
}

/** A person's page: their quotations, grouped, and how many there are. */
export async function personPage(person: PersonEntry, site: URL | undefined) {
	const { speakers, sources } = await allSpeakerQuotes();
	const groups = speakers.find((entry) => entry.speaker === person.id)?.groups ?? [];
	return {
		sources,
		groups,
		count: groups.reduce((sum, group) => sum + group.quotes.length, 0),
		structuredData: [
			{ '@type': 'Person', name: person.data.name, jobTitle: person.data.role },
			...quotationStructuredData(
				groups.flatMap((group) => group.quotes),
				new Map([[person.id, person.data.name]]),
				absolute(site),
				siteRoutes.article,
			),
		],
	};
}
