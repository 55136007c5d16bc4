import { getCollection } from 'astro:content';
import { quotationStructuredData } from '../quotes/views/quote-structured-data.ts';
import { quotesByDate } from '../quotes/views/quotes-by-date.ts';
import { type PersonEntry, peopleNames } from './collections.ts';
import { allSpeakerQuotes } from './speaker-quotes.ts';
import { siteRoutes } from './urls.ts';

const absolute = (site: URL | undefined) => (path: string) => new URL(path, site).href;

/** "Who said what": every speaker with their quotations by date, one line per article. */
export async function quotesPage(site: URL | undefined) {
	const { speakers, sources } = await allSpeakerQuotes();
	// Only the name and role: what the page shows of a person, and all its key reads of them.
	const people = new Map(
		(await getCollection('people')).map(({ id, data: { name, role } }) => [id, { name, role }]),
	);
	const names = await peopleNames();
	return {
		speakers: speakers.map(({ speaker, groups }) => ({
			id: speaker,
			person: speaker ? people.get(speaker) : undefined,
			url: speaker ? siteRoutes.person(speaker) : undefined,
			sections: quotesByDate(groups, sources, names, siteRoutes.article),
		})),
		structuredData: quotationStructuredData(
			speakers.flatMap((s) => s.groups.flatMap((g) => g.quotes)),
			names,
			absolute(site),
			siteRoutes.article,
			(article) => sources.get(article)?.lang,
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

/** A person's page: their quotations by date, one line per article, and how many passages. */
export async function personPage(person: PersonEntry, site: URL | undefined) {
	const { speakers, sources } = await allSpeakerQuotes();
	const groups = speakers.find((entry) => entry.speaker === person.id)?.groups ?? [];
	return {
		sections: quotesByDate(groups, sources, await peopleNames(), siteRoutes.article),
		count: groups.reduce((sum, group) => sum + group.quotes.length, 0),
		structuredData: [
			{ '@type': 'Person', name: person.data.name, jobTitle: person.data.role },
			...quotationStructuredData(
				groups.flatMap((group) => group.quotes),
				new Map([[person.id, person.data.name]]),
				absolute(site),
				siteRoutes.article,
				(article) => sources.get(article)?.lang,
			),
		],
	};
}
