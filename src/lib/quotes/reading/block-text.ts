import type { QuoteSpan } from '../spans/quote-spans.ts';
import type { Lang } from '../words/language.ts';
import type { Mention, MentionFinder } from './mentions.ts';
import type { Reading } from './reading.ts';
import { maskQuotes, type Range, sentenceRanges } from './sentences.ts';

/**
 * One block read on its own, before anyone in it is resolved: its narration (the text with
 * quotations blanked), its sentences and its mentions, and where an offset or mention stands
 * among them. `BlockReader` (block-reader.ts) resolves speakers on top of it.
 */
export class BlockText {
	readonly block: number;
	readonly text: string;
	readonly lang: Lang;
	readonly masked: string;
	readonly sentences: readonly Range[];
	readonly mentions: readonly Mention[];

	constructor(
		block: number,
		text: string,
		lang: Lang,
		spans: readonly QuoteSpan[],
		finder: MentionFinder,
	) {
		this.block = block;
		this.text = text;
		this.lang = lang;
		this.masked = maskQuotes(text, spans);
		this.sentences = sentenceRanges(this.masked, text);
		this.mentions = finder.find(this.masked, lang);
	}

	/** The index of the sentence an offset stands in (the first whose end lies past it). */
	sentenceOf(offset: number): number {
		// Binary search: sentences are in order, and a scan per mention was quadratic.
		let low = 0;
		let high = this.sentences.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (offset < this.sentences[mid]!.end) high = mid;
			else low = mid + 1;
		}
		return low < this.sentences.length ? low : 0;
	}

	/** What attribution reads for a quotation in a sentence. */
	reading(sentence: number): Reading {
		return {
			text: this.masked,
			mentions: this.mentions,
			lang: this.lang,
			sentence: this.sentences[sentence] ?? { start: 0, end: this.text.length },
		};
	}

	/** The index of the first mention starting at or after `offset` (binary search: in order). */
	firstFrom(offset: number): number {
		let low = 0;
		let high = this.mentions.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (this.mentions[mid]!.start < offset) low = mid + 1;
			else high = mid;
		}
		return low;
	}

	/** Whether a mention is joined to a second person's by "y", "e" or "and" ("Trump y Hegseth"). */
	coordinated(mention: Mention): boolean {
		const joined = /^\s+(?:y|e|and)\s+/iu.exec(this.masked.slice(mention.end, mention.end + 8));
		if (!joined) return false;
		const at = mention.end + joined[0].length;
		const next = this.mentions[this.firstFrom(at)];
		return next?.start === at && next.person !== undefined && next.person !== mention.person;
	}
}
