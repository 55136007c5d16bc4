import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { randomFrom, TextVariator } from './synthetic-text.ts';

/**
 * `count` search records: the real ones (so the relevance queries keep their answers) and
 * variations of them from made-up articles, outlets and speakers, shuffled together so the
 * real records have no place of their own (a ranking's ties go to the earlier record), and
 * with no two alike in what search reads (`searchedContent`). Deterministic for a seed.
 */
export function syntheticRecords(
	real: readonly SearchRecord[],
	count: number,
	seed = 1,
): SearchRecord[] {
	const text = new TextVariator(
		real.map((record) => record.text),
		seed,
	);
	const speakers = [...new Set(real.flatMap((record) => record.speaker ?? []))];
	const outlets = Array.from(
		{ length: 40 },
		(_, i) => `${text.coin()} ${['Times', 'Post', 'Daily', 'Wire', 'Herald'][i % 5]}`,
	);
	const seen = new Set<string>();
	const records: SearchRecord[] = [];
	const keep = (record: SearchRecord) => {
		const key = searchedContent(record);
		if (seen.has(key)) return false;
		seen.add(key);
		records.push(record);
		return true;
	};
	for (const record of real) if (records.length < count) keep(record);
	// Short texts come out unchanged now and then; past this many repeats the input is too
	// small to vary into `count` distinct records.
	let repeats = 0;
	for (let i = records.length; records.length < count; i++) {
		const template = real[text.pick(real.length)]!;
		const article = `synthetic-${Math.floor(i / 20)}`;
		const speaker = template.speaker
			? text.pick(3) === 0
				? `${text.coin()} ${text.coin()}`
				: speakers[text.pick(speakers.length)]
			: undefined;
		const made: SearchRecord = {
			id: `${template.type}:${article}#${i}`,
			type: template.type,
			text: text.vary(template.text),
			context: text.vary(template.context),
			...(speaker ? { speaker } : {}),
			outlets: [outlets[text.pick(outlets.length)]!],
			url:
				template.type === 'claim'
					? `/stories/${article}/#claim-${i}`
					: `/articles/${article}/${template.type === 'quote' ? `#q-${i}` : ''}`,
		};
		if (!keep(made) && ++repeats > count)
			throw new Error(`cannot vary ${real.length} records into ${count} distinct ones`);
	}
	return shuffled(records, randomFrom(seed ^ 0x5bd1e995));
}

/** What search reads of a record: two records alike in it are exact duplicates to a search. */
export function searchedContent(record: SearchRecord): string {
	return JSON.stringify([record.type, record.text, record.context, record.speaker ?? '']);
}

/** A copy of `items` in an order drawn from `random` (Fisher–Yates). */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}
