import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Person } from '../../../schemas/people.ts';
import { textBlocks } from '../../../markdown/hast/text-blocks.ts';
import { articleTree } from '../../../markdown/pipeline.ts';
import { articleQuotes } from '../views/article-quotes.ts';
import { type GoldQuote, type QuoteMiss, type SetScore, scoreQuotes } from './score-quotes.ts';

/**
 * What a gold set has been used for. `tuning`: the finder has been changed to do better on
 * it (once that happens, a set stays tuning for good); `unseen`: no one has changed the code
 * after looking at how the finder does on it, so it measures text the finder was not fitted to.
 */
export const setStatusSchema = z.enum(['tuning', 'unseen']);

const goldQuoteSchema = z
	.object({
		text: z.string(),
		/** The speaker's id in people.yaml; null for an unnamed source or none. */
		speaker: z.string().nullable(),
		/** How the text describes an unnamed speaker ("A senior Mexican official"). */
		description: z.string().nullable().default(null),
		kind: z.enum(['direct', 'nested', 'pull']),
		/** For nested speech: who recounts the words. */
		reportedBy: z.string().optional(),
		/** The annotator's reason, for a reader of the set. */
		note: z.string().optional(),
	})
	.strict()
	.refine((quote) => quote.speaker === null || quote.description === null, {
		error: 'a quote has a speaker or a description, not both',
	});

const goldFileSchema = z
	.object({
		status: setStatusSchema,
		/** Paragraphs of its own, for a set written apart from the articles. */
		blocks: z.array(z.string()).optional(),
		quotes: z.array(goldQuoteSchema),
		/** Quoted terms and scare quotes: the finder marking one as speech is a false positive. */
		terms: z.array(z.string()).default([]),
	})
	.strict();

/**
 * Scores the quote finder alone (no curated corrections) against each gold file in
 * `goldDir`: `<article-id>.yaml` for an article, read as the site renders it, or any name
 * with `blocks` of its own. A set is named after its file.
 */
export async function scoreGoldFiles(
	goldDir: string,
	bodies: ReadonlyMap<string, string>,
	people: readonly Person[],
): Promise<SetScore[]> {
	const files = (await readdir(goldDir)).filter((name) => name.endsWith('.yaml')).sort();
	const ids = new Set(people.map((person) => person.id));
	const scores: SetScore[] = [];
	for (const name of files) {
		const file = path.join(goldDir, name);
		const set = path.basename(name, '.yaml');
		const parsed = goldFileSchema.safeParse(yaml.load(await readFile(file, 'utf8')));
		if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
		const gold = parsed.data;
		const unknown = gold.quotes.find((quote) => quote.speaker !== null && !ids.has(quote.speaker));
		if (unknown) throw new Error(`${file}: speaker ${unknown.speaker} is not in people.yaml`);
		const body = bodies.get(set);
		if (body === undefined && !gold.blocks)
			throw new Error(`${file}: no article ${set}, and no blocks of its own`);
		const blocks = gold.blocks ?? textBlocks(articleTree(body!)).map((block) => block.text);
		const quotes: GoldQuote[] = gold.quotes.map((quote) => ({
			text: quote.text,
			speaker:
				quote.speaker !== null
					? { person: quote.speaker }
					: quote.description !== null
						? { description: quote.description }
						: null,
		}));
		const found = articleQuotes(blocks, people);
		const misses: QuoteMiss[] = [];
		const score = scoreQuotes({ quotes }, found, people, { source: name, list: misses });
		scores.push({ set, status: gold.status, score, misses });
	}
	return scores;
}
