import { type QuoteMiss, type SetScore, type Tally, rates } from './score-quotes.ts';

const groups = ['tuning', 'unseen'] as const;

/** "94.4%  17/18", or a dash when there was nothing to count. */
function cell(tally: Tally): string {
	const percent = tally.of === 0 ? '—' : `${((tally.right / tally.of) * 100).toFixed(1)}%`;
	return `${percent.padStart(6)} ${`${tally.right}/${tally.of}`.padStart(7)}`;
}

/**
 * The lines `npm run quotes:score` prints: a row per set, under `tuning` and `unseen`, never
 * a total across sets (a tuning set's figures would flatter an unseen one's). Speaker accuracy
 * is over matched quotes; quotes the gold set leaves unattributed are counted apart.
 */
export function scoreTable(scores: readonly SetScore[]): string[] {
	const width = Math.max(24, ...scores.map((s) => s.set.length + 2));
	const lines = [
		[
			''.padEnd(width),
			'gold',
			'precision'.padStart(14),
			'recall'.padStart(14),
			'speaker: named'.padStart(14),
			'described'.padStart(14),
			' unattributed in gold',
		].join(' '),
	];
	for (const group of groups) {
		const sets = scores.filter((s) => s.status === group);
		lines.push(group);
		if (sets.length === 0) lines.push('  (no set)');
		for (const { set, score } of sets) {
			const r = rates(score);
			const { of, right } = score.unattributed;
			lines.push(
				[
					`  ${set}`.padEnd(width),
					String(score.gold).padStart(4),
					cell(r.precision),
					cell(r.recall),
					cell(r.named),
					cell(r.described),
					of === 0 ? ' 0' : ` ${of}, finder also left ${right} unattributed`,
				].join(' '),
			);
		}
	}
	return lines;
}

/** A miss in one line: where, what kind, the words (cut at 70 characters), who against who. */
function missLine(miss: QuoteMiss): string {
	const words = miss.text.length > 70 ? `${miss.text.slice(0, 69)}…` : miss.text;
	const who =
		miss.kind === 'false positive'
			? `finder: ${miss.found ?? '—'}`
			: miss.kind === 'missed'
				? `gold: ${miss.expected ?? '—'}`
				: `gold: ${miss.expected ?? '—'}, finder: ${miss.found ?? '—'}`;
	return `    ${miss.kind.padEnd(14)} ${miss.source}: "${words}" (${who})`;
}

/**
 * The misses of the tuning sets whose names start with `prefix`, set by set. Unseen sets are
 * never listed: looking at where the finder fails on them would make them tuning sets.
 */
export function missTable(scores: readonly SetScore[], prefix: string): string[] {
	const lines: string[] = [];
	for (const { set, status, misses } of scores) {
		if (status !== 'tuning' || !set.startsWith(prefix)) continue;
		lines.push(`${set}: ${misses.length} ${misses.length === 1 ? 'miss' : 'misses'}`);
		lines.push(...misses.map(missLine));
	}
	return lines;
}
