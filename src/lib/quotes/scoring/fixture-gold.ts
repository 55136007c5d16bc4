import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as yaml from 'js-yaml';
import { z } from 'astro/zod';
import type { Person } from '../../../schemas/people.ts';
import { setStatusSchema } from './quote-gold.ts';
import { reviewRawText } from '../views/review-quotes.ts';
import {
	addScores,
	type GoldQuote,
	type GoldSpeaker,
	type QuoteMiss,
	type QuoteScore,
	type SetScore,
	scoreQuotes,
} from './score-quotes.ts';

/** `gold.json` of a fixtures folder, in the fields quote scoring reads (see its README). */
const fixtureGoldSchema = z.record(
	z.string(),
	z.object({
		lang: z.enum(['en', 'es']),
		quotes: z.array(
			z.object({
				text: z.string(),
				/**
				 * A person's full name, or the description of an unnamed or institutional source;
				 * null when the text does not say who speaks (two people fit).
				 */
				speaker: z.string().nullable(),
				kind: z.enum(['direct', 'partial', 'nested']),
			}),
		),
		scare_quotes: z.array(z.string()),
		ambiguous_quotes: z.array(z.string()),
	}),
);

/** `quote-set.yaml` beside it: what the folder is to the finder, and how to read its speakers. */
const manifestSchema = z
	.object({
		status: setStatusSchema,
		/** Speakers that are sources described, though they start with a capital letter. */
		described: z.array(z.string()).default([]),
	})
	.strict();

/**
 * A fixture speaker, scored as described when it starts with a lower-case letter ("unnamed
 * reporter at the press conference") or the manifest lists it ("The New York Times"), and
 * as a person's name otherwise, whether or not people.yaml knows them. A closing note in
 * parentheses is the annotator's ("Marco Rubio (praise as relayed by Claudia Sheinbaum)")
 * and is left out: its names are not the speaker's.
 */
export function fixtureSpeaker(
	speaker: string | null,
	described: ReadonlySet<string>,
): GoldSpeaker | null {
	if (speaker === null) return null;
	const bare = speaker.replace(/\s*\([^()]*\)\s*$/u, '').trim();
	return described.has(speaker) || /^\p{Ll}/u.test(speaker)
		? { description: bare }
		: { person: bare };
}

/**
 * Scores the quote finder on the raw text of each fixture in `dir` (what follows the header's
 * first blank line, a non-empty line a block, as `npm run quotes -- file.txt` reads it) and
 * returns a set per language, named `<name>-<lang>` (`name` defaults to the folder's).
 */
export async function scoreFixtureSets(
	dir: string,
	people: readonly Person[],
	name = path.basename(dir),
): Promise<SetScore[]> {
	const gold = fixtureGoldSchema.parse(
		JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')),
	);
	const manifest = manifestSchema.parse(
		yaml.load(await readFile(path.join(dir, 'quote-set.yaml'), 'utf8')),
	);
	const described = new Set(manifest.described);
	const speakers = new Set(
		Object.values(gold).flatMap((entry) => entry.quotes.map((q) => q.speaker ?? '')),
	);
	const stale = manifest.described.find((speaker) => !speakers.has(speaker));
	if (stale) throw new Error(`${dir}/quote-set.yaml: "${stale}" is no speaker in gold.json`);
	const texts = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
	const missing = texts.find((name) => !(name in gold));
	if (missing) throw new Error(`${dir}/gold.json: no entry for ${missing}`);

	const byLang = new Map<string, QuoteScore[]>();
	const misses = new Map<string, QuoteMiss[]>();
	for (const [file, entry] of Object.entries(gold)) {
		const text = await readFile(path.join(dir, file), 'utf8');
		const quotes: GoldQuote[] = entry.quotes.map((quote) => ({
			text: quote.text,
			speaker: fixtureSpeaker(quote.speaker, described),
		}));
		const found = reviewRawText(afterHeader(text), people);
		const list = misses.get(entry.lang) ?? [];
		misses.set(entry.lang, list);
		const annotated = { quotes, ambiguous: entry.ambiguous_quotes };
		const score = scoreQuotes(annotated, found, people, { source: file, list });
		byLang.set(entry.lang, [...(byLang.get(entry.lang) ?? []), score]);
	}
	return [...byLang.keys()].sort().map((lang) => ({
		set: `${name}-${lang}`,
		status: manifest.status,
		score: addScores(byLang.get(lang)!),
		misses: misses.get(lang)!,
	}));
}

/** The raw text after the fixture's header, which ends at the first blank line. */
function afterHeader(text: string): string {
	const end = text.search(/\n[ \t]*\r?\n/);
	return end < 0 ? text : text.slice(end);
}
