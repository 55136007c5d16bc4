import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { markedGlob, storyOfArticle } from './lib/content/marked-glob.ts';
import { contentRoot } from './lib/content/content-root.ts';
import { articleSchema } from './schemas/article.ts';
import { claimsFileSchema } from './schemas/claims.ts';
import { personSchema } from './schemas/people.ts';
import { storySchema } from './schemas/story.ts';

// The content-validation integration has already checked everything below (and more)
// before Astro loads it; the schemas here give pages their types.
const root = contentRoot();

export const collections = {
	stories: defineCollection({
		loader: markedGlob(`${root}/stories`, root, () => 'all'),
		schema: storySchema,
	}),
	articles: defineCollection({
		loader: markedGlob(`${root}/articles`, root, storyOfArticle),
		schema: articleSchema,
	}),
	claims: defineCollection({
		loader: glob({ base: `${root}/claims`, pattern: '*.yaml' }),
		schema: claimsFileSchema,
	}),
	people: defineCollection({ loader: file(`${root}/people.yaml`), schema: personSchema }),
};
