import { dialogueSpans, splitInterjections } from './interjections.ts';
import { detectLanguage, type Lang } from './language.ts';
import { isOpener } from './quote-marks.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { maskQuotes } from './sentences.ts';
import { speechVerbOf } from './speech-verbs.ts';

/** A block as the finder reads it: its speech and the language of its narration. */
export interface BlockSpans {
	spans: QuoteSpan[];
	lang: Lang;
	/** A line of dialogue opened by a dash: no pull quote's attribution. */
	dialogue: boolean;
}

/**
 * The speech of each block and its language (see language.ts): quotations in marks, split
 * where a dash interjection interrupts them, or the line of dialogue a block is. A quotation
 * left open at a block's end runs on when the next block opens with a mark, as a speech that
 * goes on into the next paragraph does, or when the block is the article's last (a page cut
 * short by its scraper).
 */
export function blockSpans(blocks: readonly string[], lang?: Lang): BlockSpans[] {
	const raw = blocks.map((text, index) => {
		const next = blocks.slice(index + 1).find((block) => block.trim());
		const runsOn = next === undefined || isOpener(next.trimStart()[0]);
		return findQuoteSpans(text, { runsOn });
	});
	const narration = blocks.map((text, index) => maskQuotes(text, raw[index]!));
	// The narration decides; where it says too little, its speech verbs and the quoted words do.
	const articleLang = lang ?? detectLanguage(narration.join('\n'), guess(blocks.join('\n')));
	return blocks.map((text, index) => {
		const fallback = guess(narration[index]!, guess(text, articleLang));
		const blockLang = detectLanguage(narration[index]!, fallback);
		const spans = raw[index]!;
		const dialogue = spans.length === 0 ? dialogueSpans(text, blockLang) : undefined;
		return {
			spans: dialogue ?? splitInterjections(text, spans, blockLang),
			lang: blockLang,
			dialogue: dialogue !== undefined,
		};
	});
}

/**
 * A weaker sign of a text's language than its function words, for text that has few: speech
 * verbs of one language only ("aseguró", "said"), and Spanish letters (ñ, á, ¿).
 */
function guess(text: string, fallback: Lang = 'en'): Lang {
	let es = (text.match(/[ñáéíóú¿¡]/giu) ?? []).length / 2;
	let en = 0;
	for (const word of text.match(/\p{L}+/gu) ?? []) {
		if (speechVerbOf(word, 'es') && !speechVerbOf(word, 'en')) es += 2;
		if (speechVerbOf(word, 'en') && !speechVerbOf(word, 'es')) en += 2;
	}
	return es > en ? 'es' : en > es ? 'en' : fallback;
}
