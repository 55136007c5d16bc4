/**
 * What attribution reads and what it finds: the masked block with its mentions and language,
 * and who a quotation is put in the mouth of. Shared by attribution.ts and subjects.ts.
 */
import type { Lang } from '../words/language.ts';
import type { Mention } from './mentions.ts';
import type { Range } from './sentences.ts';

/** Who a quotation is put in the mouth of, as the sentence around it says. */
export interface Attribution {
	/** The speech verb ("said", "recalcó") or source phrase ("according to", "según"). */
	verb: string;
	/** The mention that is the verb's subject, when a name, pronoun or title is. */
	subject?: Mention;
	/** Otherwise the phrase that is: a name the finder does not know, or a description. */
	description?: string;
	/** No subject written: Spanish leaves out the one the text goes on about ("…”, dijo."). */
	implicit?: true;
}

/** What attribution reads: the masked block, its mentions, its language, the quote's sentence. */
export interface Reading {
	text: string;
	mentions: readonly Mention[];
	lang: Lang;
	sentence: Range;
}

/** "Trump administration", "the Sheinbaum government": a name used to qualify a noun. */
const qualifiedNoun =
	/^\s+(?:administration|government|team|officials?|campaign|era|policy|presidency|nominee|allies|White House)\b/i;

/** Whether a mention can be a sentence's subject (not "Trump’s offer", not "the Trump administration"). */
export function canSpeak(mention: Mention, text: string): boolean {
	return !mention.possessive && !qualifiedNoun.test(text.slice(mention.end));
}
