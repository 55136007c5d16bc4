/**
 * Scores ingestion against a hand-made gold list of a raw text's lines (the format of
 * tests/fixtures/dev/gold.json): how much residue stays in the body unflagged, how much is
 * flagged or removed, and whether any content line was lost. Pure: text and results in,
 * figures out.
 */

/** One fixture's gold, as gold.json lists it (quote keys are ignored here). */
export interface IngestGold {
	lang: string;
	junk_lines: readonly string[];
	heading_lines?: readonly string[];
	caption_lines?: readonly string[];
	optional_lines?: readonly string[];
	duplicate_lines?: readonly string[];
}

/** What ingestion did to the raw lines, by 1-based line number. */
export interface IngestOutcome {
	removed: ReadonlySet<number>;
	flagged: ReadonlySet<number>;
}

/** Line counts of one text or, added up, of a set. */
export interface IngestScore {
	residue: number;
	/** Residue still in the body and not flagged. */
	leftSilently: number;
	/** Residue still in the body, flagged for review. */
	flagged: number;
	removed: number;
	content: number;
	contentLost: number;
	optionalKept: number;
	optionalRemoved: number;
	/** Duplicated lines that stand more than once in the body. */
	duplicatesLeft: number;
	/** Each residue line left silently and each content line lost, for tuning. */
	misses: string[];
}

export const emptyScore = (): IngestScore => ({
	residue: 0,
	leftSilently: 0,
	flagged: 0,
	removed: 0,
	content: 0,
	contentLost: 0,
	optionalKept: 0,
	optionalRemoved: 0,
	duplicatesLeft: 0,
	misses: [],
});

/** The raw text of a fixture file: what follows the header's first blank line. */
export function fixtureText(file: string): string {
	const match = /\r?\n[ \t]*\r?\n/.exec(file);
	return match ? file.slice(match.index + match[0].length) : file;
}

/** Scores one raw text (split into lines as ingestion numbers them) against its gold. */
export function scoreIngest(
	lines: readonly string[],
	gold: IngestGold,
	outcome: IngestOutcome,
): IngestScore {
	const score = emptyScore();
	const junk = new Set(gold.junk_lines.map((l) => l.trim()));
	const optional = new Set(
		[gold.heading_lines, gold.caption_lines, gold.optional_lines]
			.flatMap((list) => list ?? [])
			.map((l) => l.trim()),
	);
	const duplicates = new Set((gold.duplicate_lines ?? []).map((l) => l.trim()));
	const inBody = new Map<string, number>();
	lines.forEach((raw, index) => {
		const text = raw.replace(/^\uFEFF/, '').trim();
		if (text === '') return;
		const line = index + 1;
		const removed = outcome.removed.has(line);
		if (junk.has(text)) {
			score.residue++;
			if (removed) score.removed++;
			else if (outcome.flagged.has(line)) score.flagged++;
			else {
				score.leftSilently++;
				score.misses.push(`left  ${line}: ${text}`);
			}
		} else if (optional.has(text)) {
			if (removed) score.optionalRemoved++;
			else score.optionalKept++;
		} else if (duplicates.has(text)) {
			if (!removed) inBody.set(text, (inBody.get(text) ?? 0) + 1);
		} else {
			score.content++;
			if (removed) {
				score.contentLost++;
				score.misses.push(`LOST  ${line}: ${text}`);
			}
		}
	});
	// Residue glued inside a content line (an embedded post's credit) cannot go without
	// editing the line: it counts as left unless the line is flagged.
	const texts = lines.map((raw) => raw.trim());
	for (const fragment of junk) {
		if (texts.includes(fragment)) continue;
		const index = texts.findIndex((t) => t.includes(fragment));
		if (index < 0) continue;
		score.residue++;
		if (outcome.flagged.has(index + 1)) score.flagged++;
		else {
			score.leftSilently++;
			score.misses.push(`left  ${index + 1} (inside the line): ${fragment}`);
		}
	}
	score.duplicatesLeft = [...inBody.values()].filter((n) => n > 1).length;
	return score;
}

/** The sum of several scores. */
export function addScores(scores: readonly IngestScore[]): IngestScore {
	const total = emptyScore();
	for (const s of scores) {
		for (const key of Object.keys(total) as (keyof IngestScore)[]) {
			if (key === 'misses') total.misses.push(...s.misses);
			else total[key] += s[key];
		}
	}
	return total;
}

const percent = (part: number, whole: number) =>
	whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;

/** A table row per set: the figures `npm run ingest:score` prints. */
export function scoreTable(sets: readonly { set: string; score: IngestScore }[]): string[] {
	const header = [
		'set',
		'residue',
		'left silently',
		'flagged',
		'removed',
		'content lost',
		'optional kept/removed',
		'duplicates left',
	];
	const rows = sets.map(({ set, score: s }) => [
		set,
		String(s.residue),
		`${s.leftSilently} (${percent(s.leftSilently, s.residue)})`,
		`${s.flagged} (${percent(s.flagged, s.residue)})`,
		String(s.removed),
		`${s.contentLost}/${s.content}`,
		`${s.optionalKept}/${s.optionalRemoved}`,
		String(s.duplicatesLeft),
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const format = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]!))
			.join('  ')
			.trimEnd();
	return [format(header), format(widths.map((w) => '-'.repeat(w))), ...rows.map(format)];
}
