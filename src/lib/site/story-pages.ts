import { render } from 'astro:content';
import { storyView } from '../stories/story-view.ts';
import { peopleNames, type StoryProps, storyClaims } from './collections.ts';
import { speakerQuotesOf } from './speaker-quotes.ts';
import { siteRoutes } from './urls.ts';

/** The story page's view and its rendered summary, from its route's props. */
export async function storyPage({ story, articles }: StoryProps, site: URL | undefined) {
	const { Content } = await render(story);
	const view = storyView({
		story,
		articles,
		claims: await storyClaims(story.id),
		speakers: await speakerQuotesOf(articles),
		names: await peopleNames(),
		routes: siteRoutes,
		site,
	});
	return { ...view, Content };
}
