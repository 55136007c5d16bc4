import type { MentionFinder } from '../reading/mentions.ts';
import type { FoundQuote } from '../quote-types.ts';
import { wordsIn } from '../reading/sentences.ts';

/** "– International security analyst" on the line after a pull quote: the attribution, or undefined. */
export function pullAttribution(next: string | undefined): string | undefined {
	const match = /^\s*[–—-]\s*(\S.{0,80}?)\s*$/u.exec(next ?? '');
	if (!match || wordsIn(match[1]!, 0, match[1]!.length).length > 8) return undefined;
	// "— Advertisement —": a separator set between dashes, not an attribution.
	if (/[–—-]$/u.test(match[1]!)) return undefined;
	// "--Editing by Jill Hartman.", "— Reporting by …", "Fotos por …": a credit for the story's
	// making, under its last paragraph, not a speaker under a quotation.
	if (/^-?\s*(?:\p{L}+\s+){1,3}(?:by|por)\s+\p{Lu}/iu.test(match[1]!)) return undefined;
	return match[1]!;
}

/**
 * Whether a paragraph over a dash line can be the pull quote it credits: words set out alone,
 * or a quotation opening the paragraph. A paragraph whose narration quotes someone inside it
 * ("Officials say a deal is “close”, though …" over "– AP") is the story's, and the dash line
 * credits the story.
 */
export function standsAsPullQuote(text: string, spans: readonly { open: number }[]): boolean {
	return spans.length === 0 || spans[0]!.open === text.length - text.trimStart().length;
}

export function pullQuote(
	text: string,
	block: number,
	attribution: string,
	finder: MentionFinder,
): FoundQuote {
	const start = text.length - text.trimStart().length;
	const end = text.trimEnd().length;
	const speaker = finder.personNamed(attribution) ?? null;
	return {
		block,
		start,
		end,
		text: text.slice(start, end),
		kind: 'pull',
		reportedBy: null,
		speaker,
		description: speaker ? null : attribution,
		confidence: speaker ? 0.9 : 0.85,
		reason: 'pull quote with a dash attribution',
	};
}
