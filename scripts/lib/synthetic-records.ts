import type { SearchRecord } from '../../src/lib/search/search-records.ts';
import { TextVariator } from './synthetic-text.ts';

/**
 * `count` search records: the real ones first (so the relevance queries keep their
 * answers), then variations of them from made-up articles, outlets and speakers.
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
	const records = real.slice(0, count);
	for (let i = records.length; i < count; i++) {
		const template = real[text.pick(real.length)]!;
		const article = `synthetic-${Math.floor(i / 20)}`;
		const speaker = template.speaker
			? text.pick(3) === 0
				? `${text.coin()} ${text.coin()}`
				: speakers[text.pick(speakers.length)]
			: undefined;
		records.push({
			id: `${template.type}:${article}#${i}`,
			type: template.type,
			text: text.vary(template.text),
			context:
				template.type === 'claim' ? text.vary(template.context) : `${text.vary(template.context)}`,
			...(speaker ? { speaker } : {}),
			outlets: [outlets[text.pick(outlets.length)]!],
			url:
				template.type === 'claim'
					? `/stories/${article}/#claim-${i}`
					: `/articles/${article}/${template.type === 'quote' ? `#q-${i}` : ''}`,
		});
	}
	return records;
}
