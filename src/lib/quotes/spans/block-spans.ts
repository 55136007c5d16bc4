import { dialogueSpans, splitInterjections } from './interjections.ts';
import { detectLanguage, type Lang } from '../words/language.ts';
import { isOpener } from './quote-marks.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { maskQuotes } from '../reading/sentences.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';

/** A block as the finder reads it: its speech and the language of its narration. */
export interface BlockSpans {
	spans: QuoteSpan[];
	lang: Lang;
	/** A line of dialogue opened by a dash: no pull quote's attribution. */
	dialogue: boolean;
	/**
	 * A line of an interview laid out as dash-led dialogue (see `interviewLines`): the
	 * interviewer's question, or the answer of the one interviewed.
	 */
	interview?: 'question' | 'answer';
}

/** A line opened by a dash right against its first word: "—¿Cree que…?", "—Creo que…". */
const dashLed = (text: string) => /^\s*[—–](?=[^\s—–])/u.test(text);

/**
 * The lines of an interview printed as dialogue: a run of at least four dash-led blocks, with
 * questions and answers among them. Every line is someone's words, marks or not; a line
 * with a question mark is the interviewer's.
 */
export function interviewLines(blocks: readonly string[]): ('question' | 'answer' | undefined)[] {
	const roles: ('question' | 'answer' | undefined)[] = blocks.map(() => undefined);
	for (let start = 0; start < blocks.length;) {
		let end = start;
		while (end < blocks.length && dashLed(blocks[end]!)) end++;
		const run = blocks.slice(start, end).map((text) => (/[¿?]/.test(text) ? 'question' : 'answer'));
		if (run.length >= 4 && run.includes('question') && run.includes('answer'))
			run.forEach((role, i) => {
				roles[start + i] = role;
			});
		start = Math.max(end, start + 1);
	}
	return roles;
}

/** The whole of a dash-led line as one quotation, its quotations in marks inside it. */
function wholeLine(text: string, inner: QuoteSpan[]): QuoteSpan {
	const open = text.search(/[—–]/u);
	const close = text.trimEnd().length;
	return { open, close, text: text.slice(open + 1, close), inner };
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
	const interview = interviewLines(blocks);
	return blocks.map((text, index) => {
		const fallback = guess(narration[index]!, guess(text, articleLang));
		const blockLang = detectLanguage(narration[index]!, fallback);
		const spans = raw[index]!;
		const role = interview[index];
		if (role) {
			// Marks inside an interview's line quote someone within its speaker's words.
			const line = spans.length === 0 ? dialogueSpans(text, blockLang) : undefined;
			return {
				spans: line ?? [wholeLine(text, spans)],
				lang: blockLang,
				dialogue: true,
				interview: role,
			};
		}
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
