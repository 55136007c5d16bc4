import { storyView } from '../stories/story-view.ts';
import {
	peopleNames,
	renderStored,
	type StoryProps,
	storyClaims,
	storyPaths,
} from './collections.ts';
import { speakerQuotesOf } from './speaker-quotes.ts';
import { siteRoutes } from './urls.ts';

/** The story page's view and its rendered summary, from its route's props. */
export async function storyPage({ story, articles }: StoryProps, site: URL | undefined) {
	const { Content } = await renderStored(story);
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

/** The home page's stories, by id: each with its articles and the view its figure needs. */
export async function homeStories(site: URL | undefined) {
	const stories = (await storyPaths())
		.map(({ props }) => props)
		.sort((a, b) => a.story.id.localeCompare(b.story.id));
	return Promise.all(
		stories.map(async ({ story, articles }) => ({
			story,
			articles,
			url: siteRoutes.story(story.id),
			view: storyView({
				story,
				articles,
				claims: await storyClaims(story.id),
				speakers: [],
				names: new Map(),
				routes: siteRoutes,
				site,
			}),
		})),
	);
}
