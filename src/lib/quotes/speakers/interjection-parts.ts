import type { FoundQuote } from '../quote-types.ts';

/**
 * The parts of one quotation an interjection splits share its speaker: in “This is not a
 * negotiation — she said — it is a red line,” Sheinbaum told reporters, "she" has no one
 * named before it, and the name after the quotation is hers. A part left without a speaker
 * takes the next part's, when only the interjection stands between them.
 */
export function shareAcrossInterjections(quotes: FoundQuote[], text: string): void {
	for (let i = quotes.length - 2; i >= 0; i--) {
		const part = quotes[i]!;
		const next = quotes[i + 1]!;
		if (part.kind !== 'direct' || next.kind !== 'direct') continue;
		if (part.speaker || part.description || !(next.speaker || next.description)) continue;
		const between = text.slice(part.end, next.start);
		if (!/^[\s,]*[—–-][^—–"“”«»]{1,120}[—–-][\s.,:;]*$/u.test(between)) continue;
		Object.assign(part, {
			speaker: next.speaker,
			description: next.description,
			confidence: Math.min(next.confidence, 0.7),
			reason: 'the rest of the quotation, past the interjection, is theirs',
		});
	}
}
