import type { BlockSpans } from '../spans/block-spans.ts';

/**
 * How many times an article quotes each quotation's words, case and punctuation aside: a
 * phrase it quotes more than once, with no one said to say it, is a term it repeats (see
 * `termReason`).
 */
export function quoteCounts(read: readonly BlockSpans[]): (text: string) => number {
	const counts = new Map<string, number>();
	for (const span of read.flatMap((block) => block.spans))
		counts.set(key(span.text), (counts.get(key(span.text)) ?? 0) + 1);
	return (text) => counts.get(key(text)) ?? 0;
}

function key(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}
