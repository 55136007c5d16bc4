import { wordsIn } from './sentences.ts';

/**
 * Why a quoted phrase reads as a term or scare quote rather than anyone's speech, or
 * undefined when nothing says so. `repeated` counts the phrase's quotations in the article.
 */
export function termReason(
	text: string,
	open: number,
	close: number,
	repeated: number,
): string | undefined {
	const words = wordsIn(text, open + 1, close);
	const short = words.length <= 3;
	const lead = text.slice(Math.max(0, open - 24), open).toLowerCase();
	if (
		/(?:\bterm|\bphrase|\bword|so-called|\bknown as|\bdubbed|\bnicknamed|\bcodenamed|\btitled|\bentitled)\s*$/.test(
			lead,
		)
	)
		return 'introduced as a term';
	if (
		/(?:^|[\s,])(?:this|the|a|an)?\s*\w+,?\s+called\s+(?:a|an|the)?\s*$/.test(lead) &&
		!/\b(?:he|she|they|i|we)\s+called\s+(?:a|an|the)?\s*$/.test(lead) &&
		short
	)
		return 'a name given to something';
	if (!short) return undefined;
	const inside = text.slice(open + 1, close);
	if (/[.,!?;:]$/.test(inside.trim())) return undefined;
	const next = /^\s+([\p{L}-]+)/u.exec(text.slice(close + 1))?.[1];
	if (next && /^\p{Ll}/u.test(next) && !functionWord.test(next))
		return 'qualifies the noun after it';
	if (words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word.text)) && words.length <= 4)
		return 'a proper name or title';
	if (repeated > 1) return 'a phrase the article repeats';
	return 'a short phrase with no one said to say it';
}

const functionWord =
	/^(?:with|and|or|but|to|of|in|on|at|for|from|by|as|that|which|who|was|is|were|are|be|been|has|have|had|would|will|could|can|may|might|should|not|into|onto|over|under|after|before|while|if|than|then|so|because|the|a|an)$/i;
