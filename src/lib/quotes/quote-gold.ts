import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Person } from '../../schemas/people.ts';
import { textBlocks } from '../hast/text-blocks.ts';
import { articleTree } from '../render-article.ts';
import { articleQuotes } from './article-quotes.ts';
import { type QuoteScore, scoreQuotes } from './score-quotes.ts';

const goldFileSchema = z.object({
	quotes: z.array(
		z.object({
			text: z.string(),
			speaker: z.string().nullable(),
			kind: z.enum(['direct', 'nested', 'pull']),
		}),
	),
	terms: z.array(z.string()).default([]),
});

/** One article's score against its hand-annotated gold file. */
export interface ArticleScore extends QuoteScore {
	article: string;
}

/**
 * Scores the quote finder alone (no curated corrections) against the gold files in
 * `goldDir` (`<article-id>.yaml`), reading each article's body as the site renders it.
 */
export async function scoreAgainstGold(
	goldDir: string,
	bodies: ReadonlyMap<string, string>,
	people: readonly Person[],
): Promise<ArticleScore[]> {
	const files = (await readdir(goldDir)).filter((name) => name.endsWith('.yaml')).sort();
	const scores: ArticleScore[] = [];
	for (const name of files) {
		const article = path.basename(name, '.yaml');
		const body = bodies.get(article);
		if (body === undefined) throw new Error(`${path.join(goldDir, name)}: no article ${article}`);
		const gold = goldFileSchema.parse(yaml.load(await readFile(path.join(goldDir, name), 'utf8')));
		const blocks = textBlocks(articleTree(body)).map((block) => block.text);
		scores.push({ article, ...scoreQuotes(gold.quotes, articleQuotes(blocks, people)) });
	}
	return scores;
}
