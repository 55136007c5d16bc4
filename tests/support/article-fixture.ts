import type { ArticleQuote } from '../../src/lib/quotes/views/article-quotes.ts';
import { type Article, articleSchema } from '../../src/schemas/article.ts';
import { type Story, storySchema } from '../../src/schemas/story.ts';

/**
 * An article's frontmatter as the real schema parses it, from the few fields a test cares
 * about: view-model tests get the same shape the pages do, defaults and all.
 */
export function testArticle(fields: Partial<Record<keyof Article, unknown>> = {}): Article {
	return articleSchema.parse({
		headline: { text: 'Mexico says no to foreign troops on its soil', source: 'article' },
		language: 'en',
		story: 'test-story',
		outlet: 'The Daily Test',
		author: null,
		date: { precision: 'day', value: '2025-05-03' },
		url: null,
		kind: 'news',
		stance: null,
		summary: null,
		provenance: { raw: 'raw/x.txt', sha256: '0'.repeat(64) },
		...fields,
	});
}

/** A story's frontmatter through the real schema. */
export function testStory(fields: Partial<Record<keyof Story, unknown>> = {}): Story {
	return storySchema.parse({
		title: 'A test story',
		summary: 'What happened.',
		question: 'Should it have?',
		stanceScale: [
			{ id: 'against', label: 'Against it', description: 'Rejects it.' },
			{ id: 'for', label: 'For it', description: 'Backs it.' },
		],
		timeline: [],
		...fields,
	});
}

/** A quotation as the finder hands it to the pages, from the fields a test cares about. */
export function testQuote(fields: Partial<ArticleQuote> = {}): ArticleQuote {
	return {
		id: 'q-x',
		text: 'We will not accept it',
		speaker: null,
		description: null,
		kind: 'direct',
		confidence: 1,
		reason: 'test',
		block: 0,
		start: 0,
		end: 10,
		reportedBy: null,
		curated: false,
		...fields,
	};
}
