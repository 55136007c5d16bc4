import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { curatedQuoteSchema } from '../schemas/article.ts';
import type { Person } from '../schemas/people.ts';
import { insertNoteAfter, wrapText } from './hast/wrap-text.ts';
import { textBlocks } from './hast/text-blocks.ts';
import { type ArticleQuote, articleQuotes } from '../lib/quotes/views/article-quotes.ts';
import { routes } from '../lib/routes.ts';
import { handOverQuotes } from './found-quotes.ts';

export interface Options {
	/** Everyone in `people.yaml`: the speakers quotes resolve to. */
	people: Person[];
	/** The site's base path, for links to speakers' pages. */
	base: string;
}

const curatedList = curatedQuoteSchema.array();

/**
 * Finds the quotations in an article and marks each in the HTML: a `span.quote` with a
 * stable `q-…` id and the speaker, and the speaker's name linked after it. The quotes go
 * to the rendered frontmatter (see found-quotes.ts) for the quotes, people and search pages. Curated quotes in the
 * frontmatter win over what is found. Runs after rehype-sanitize: these marks are ours.
 */
export default function rehypeMarkQuotes(options: Options) {
	const paths = routes(options.base);
	const names = new Map(options.people.map((person) => [person.id, person.name]));
	return (tree: Root, file: VFile) => {
		const frontmatter = file.data.astro?.frontmatter;
		// Invalid curated quotes are the validation's to report; here they are just not applied.
		const curated = curatedList.safeParse(frontmatter?.quotes ?? []).data ?? [];
		const blocks = textBlocks(tree);
		const quotes = articleQuotes(
			blocks.map((block) => block.text),
			options.people,
			curated,
		);
		for (const quote of quotes) {
			const marks = quote.kind === 'pull' ? 0 : 1;
			const pieces = wrapText(
				blocks[quote.block]!.element,
				quote.start - marks,
				quote.end + marks,
				(first) => quoteElement(quote, first),
				isLink,
			);
			const last = pieces.at(-1);
			const note = speakerNote(quote, names, paths.person);
			if (last && note) insertNoteAfter(last.parent, last.wrapper, note);
		}
		if (frontmatter) handOverQuotes(frontmatter, quotes);
	};
}

function isLink(element: Element): boolean {
	return element.tagName === 'a';
}

function quoteElement(quote: ArticleQuote, first: boolean): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: {
			className: ['quote', `quote-${quote.kind}`],
			id: first ? quote.id : undefined,
			dataSpeaker: quote.speaker ?? undefined,
			dataConfidence: quote.confidence,
		},
		children: [],
	};
}

/** The speaker, after the quote: linked when known, described when not, nothing for pull quotes. */
function speakerNote(
	quote: ArticleQuote,
	names: Map<string, string>,
	personUrl: (id: string) => string,
): Element | undefined {
	if (quote.kind === 'pull') return undefined;
	const name = quote.speaker ? names.get(quote.speaker) : undefined;
	const who = name ?? quote.description;
	const label = who && quote.kind === 'nested' ? `${who}, recounted` : who;
	if (!label) return undefined;
	return {
		type: 'element',
		tagName: name ? 'a' : 'span',
		properties: {
			className: ['quote-speaker'],
			dataNote: '',
			...(name ? { href: personUrl(quote.speaker!) } : {}),
		},
		children: [{ type: 'text', value: label }],
	};
}
