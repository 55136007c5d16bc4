import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ingestArticle } from './ingest-article.ts';
import {
	addScores,
	fixtureText,
	type IngestGold,
	type IngestOutcome,
	type IngestScore,
	scoreIngest,
} from './score-ingest.ts';
import { movedToDek } from './header-signs.ts';

/** The hand-annotated sets ingestion is measured on: name, folder, and whether it was tuned on. */
export const ingestSets = [
	{ name: 'dev', dir: 'tests/fixtures/dev', unseen: false },
	{ name: 'ingest-2-tuning', dir: 'tests/fixtures/ingest-2/tuning', unseen: false },
	{ name: 'ingest-3-tuning', dir: 'tests/fixtures/ingest-3/tuning', unseen: false },
	{ name: 'ingest-4-tuning', dir: 'tests/fixtures/ingest-4/tuning', unseen: false },
	// Was ingest-4's unseen half; made tuning for good once ingest-5 was written to be unseen.
	{ name: 'ingest-4-tuning-2', dir: 'tests/fixtures/ingest-4/tuning-2', unseen: false },
	// Written unseen for issue 16; made tuning for good once ingest-6 was written to be unseen.
	{ name: 'ingest-5-tuning', dir: 'tests/fixtures/ingest-5/tuning', unseen: false },
	// Written wholly unseen; made tuning for good once ingest-7 was written to be unseen.
	{ name: 'ingest-6-tuning', dir: 'tests/fixtures/ingest-6/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-8 was written to be unseen.
	{ name: 'ingest-7-tuning', dir: 'tests/fixtures/ingest-7/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-9 was written to be unseen.
	{ name: 'ingest-8-tuning', dir: 'tests/fixtures/ingest-8/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-10 was written to be unseen.
	{ name: 'ingest-9-tuning', dir: 'tests/fixtures/ingest-9/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-11 was written to be unseen.
	{ name: 'ingest-10-tuning', dir: 'tests/fixtures/ingest-10/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-12 was to be written unseen.
	{ name: 'ingest-11-tuning', dir: 'tests/fixtures/ingest-11/tuning', unseen: false },
	// Written wholly unseen; scored twice and made tuning once ingest-14 was to be written unseen.
	{ name: 'ingest-13-tuning', dir: 'tests/fixtures/ingest-13/tuning', unseen: false },
	{ name: 'ingest-2-unseen', dir: 'tests/fixtures/ingest-2/unseen', unseen: true },
	// Written wholly unseen to take over from ingest-11; gold committed before it was ever ingested.
	{ name: 'ingest-12-unseen', dir: 'tests/fixtures/ingest-12/unseen', unseen: true },
	// Written wholly unseen to take over from ingest-13; gold committed before it was ever ingested.
	{ name: 'ingest-14-unseen', dir: 'tests/fixtures/ingest-14/unseen', unseen: true },
	// Written wholly unseen to take over from ingest-14; gold committed before it was ever ingested.
	{ name: 'ingest-15-unseen', dir: 'tests/fixtures/ingest-15/unseen', unseen: true },
] as const;

/** The sets a score run reads: with `tuningOnly`, the unseen set is not even opened. */
export function setsToScore(tuningOnly: boolean) {
	return ingestSets.filter((set) => !(tuningOnly && set.unseen));
}

/**
 * Where ingestion left each raw line, by its provenance. A line moved to the dek still stands
 * in the article, shown above the body: content there is not lost, and residue there is left
 * (unless flagged). The headline's line is counted removed: the gold lists it apart.
 */
export function ingestOutcome(provenance: {
	removed: readonly { line: number; reason: string }[];
	flagged: readonly { line: number }[];
}): IngestOutcome {
	return {
		removed: new Set(provenance.removed.filter((r) => r.reason !== movedToDek).map((r) => r.line)),
		flagged: new Set(provenance.flagged.map((r) => r.line)),
	};
}

/**
 * Ingests each fixture of `dir` (the text after its header, as an editor would feed it) and
 * scores the result against the folder's gold.json: one summed score per language.
 */
export async function scoreFixtureSet(dir: string): Promise<Map<string, IngestScore>> {
	const gold = JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')) as Record<
		string,
		IngestGold
	>;
	const byLang = new Map<string, IngestScore[]>();
	for (const file of (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort()) {
		const entry = gold[file];
		if (!entry) throw new Error(`${dir}/gold.json: no entry for ${file}`);
		const text = fixtureText(await readFile(path.join(dir, file), 'utf8'));
		const result = ingestArticle(Buffer.from(text), {
			story: 'sheinbaum-rejects-us-troops',
			id: 'fixture',
		});
		const provenance = result.frontmatter?.provenance;
		if (!provenance)
			throw new Error(
				`${dir}/${file}: ingestion failed: ${result.problems.map((p) => p.message).join('; ')}`,
			);
		const score = scoreIngest(text.split('\n'), entry, ingestOutcome(provenance));
		score.misses = score.misses.map((m) => `${file} ${m}`);
		byLang.set(entry.lang, [...(byLang.get(entry.lang) ?? []), score]);
	}
	return new Map([...byLang.keys()].sort().map((lang) => [lang, addScores(byLang.get(lang)!)]));
}
