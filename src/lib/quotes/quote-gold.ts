import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Person } from '../../schemas/people.ts';
import { textBlocks } from '../../markdown/hast/text-blocks.ts';
import { articleTree } from '../../markdown/pipeline.ts';
import { articleQuotes } from './article-quotes.ts';
import { type QuoteScore, scoreQuotes } from './score-quotes.ts';

const goldFileSchema = z.object({
	/** Paragraphs of its own, for a set written apart from the articles. */
	blocks: z.array(z.string()).optional(),
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
 * `goldDir`: `<article-id>.yaml` for an article, read as the site renders it, or any
 * name with `blocks` of its own.
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
		const gold = goldFileSchema.parse(yaml.load(await readFile(path.join(goldDir, name), 'utf8')));
		const body = bodies.get(article);
		if (body === undefined && !gold.blocks)
			throw new Error(
				`${path.join(goldDir, name)}: no article ${article}, and no blocks of its own`,
			);
		const blocks = gold.blocks ?? textBlocks(articleTree(body!)).map((block) => block.text);
		scores.push({ article, ...scoreQuotes(gold.quotes, articleQuotes(blocks, people)) });
	}
	return scores;
}
