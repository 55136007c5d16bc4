import type { Dated } from '../../../schemas/common.ts';
import type { QuoteGroup } from './group-quotes.ts';
import type { PlacedQuote } from './quotes-by-speaker.ts';

/** An article as a list of quotations names it. */
export interface QuoteSource {
	/** "Different Hub, ‘Sheinbaum rejects …’": outlet and headline. */
	label: string;
	date: Dated;
	/** The `lang` of the label's words (the headline's language), where not the page's. */
	lang?: string | undefined;
}

/** One article under a quotation: one line, however often the article quotes the words. */
export interface QuoteLine {
	article: string;
	source: string;
	/** The `lang` of `source`, where not the page's. */
	lang: string | undefined;
	/** The first passage that quotes the words. */
	url: string;
	/** How the words reach the reader there: "direct", "pull quote", "recounted by …". */
	how: string;
	/** Further passages of the same article with the same words. */
	again: { url: string; label: string }[];
}

/** A quotation as a list shows it: its words and one line per article. */
export interface QuoteItem {
	/** The words, trailing punctuation of the sentence around them trimmed (display only). */
	text: string;
	/** The `lang` of the words (the language of the article quoting them), where not the page's. */
	lang: string | undefined;
	lines: QuoteLine[];
}

/** How each kind of quotation reaches the reader. */
const kindWords = { direct: 'direct', nested: 'recounted', pull: 'pull quote' } as const;

/**
 * A quotation's words as a list shows them: without the comma, semicolon or colon of the
 * reporter's sentence they were cut from ("not necessary," → "not necessary"), and without
 * its full stop when the words are a fragment (they start in lower case). Question and
 * exclamation marks are the speaker's and stay; so do closing quote marks.
 */
export function shownQuoteText(text: string): string {
	let shown = text.trim();
	for (;;) {
		const closing = /[’”'"]*$/u.exec(shown)![0];
		const body = shown.slice(0, shown.length - closing.length);
		const fragment = /^[‘“'"(]*\p{Ll}/u.test(body);
		const trimmed = body.replace(
			fragment && !/(?:^|[\s.])\p{Lu}\.$|\.\.\.$|…$/u.test(body)
				? /[\s,;:.–—-]+$/u
				: /[\s,;:–—-]+$/u,
			'',
		);
		if (trimmed === body || trimmed === '') return shown;
		shown = trimmed + closing;
	}
}

/** "Different Hub, ‘Headline’": quote marks inside the headline turned single, as within quotes. */
export function sourceLabel(outlet: string, headline: string): string {
	return `${outlet}, “${headline.replace(/“/g, '‘').replace(/”/g, '’')}”`;
}

/** How one passage carries the words: its kind, who recounts them, how it describes the speaker. */
function howQuoted(quote: PlacedQuote, names: ReadonlyMap<string, string>): string {
	const recountedBy =
		quote.kind === 'nested' && quote.reportedBy && quote.reportedBy !== quote.speaker
			? names.get(quote.reportedBy)
			: undefined;
	const kind = recountedBy ? `recounted by ${recountedBy}` : kindWords[quote.kind];
	return quote.description && !quote.speaker ? `${kind}, “${quote.description}”` : kind;
}

/**
 * One line per article under a quotation: the article named once, linked to the first
 * passage with the words; any further passage of the same article linked after it.
 */
export function quoteLines(
	group: QuoteGroup<PlacedQuote>,
	sources: ReadonlyMap<string, QuoteSource>,
	names: ReadonlyMap<string, string>,
	articleUrl: (id: string) => string,
): QuoteLine[] {
	const lines = new Map<string, QuoteLine>();
	for (const quote of group.quotes) {
		const url = `${articleUrl(quote.article)}#${quote.id}`;
		const how = howQuoted(quote, names);
		const line = lines.get(quote.article);
		if (line) line.again.push({ url, label: how === line.how ? 'quoted again' : `also ${how}` });
		else
			lines.set(quote.article, {
				article: quote.article,
				source: sources.get(quote.article)?.label ?? quote.article,
				lang: sources.get(quote.article)?.lang,
				url,
				how,
				again: [],
			});
	}
	return [...lines.values()];
}
