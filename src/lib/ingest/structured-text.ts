/**
 * What the structural pass makes of a raw text: the headline, the dek and the article's
 * blocks, each made of kept raw lines, with every removal, edit and doubt noted against its
 * raw line number for provenance. Types only, shared by structure-lines.ts, take-header.ts
 * and the Markdown writer.
 */
/** A raw line by number, as provenance records it. */
export interface NotedLine {
	line: number;
	text: string;
	reason: string;
}

/** A kept line: its number in the raw file and its text after in-line fixes. */
export interface KeptLine {
	line: number;
	text: string;
}

/** The article's blocks, in order, each made of kept raw lines. */
export type Block =
	| { type: 'paragraph'; line: KeptLine }
	| { type: 'heading'; line: KeptLine }
	| { type: 'list'; items: KeptLine[] }
	| { type: 'table'; rows: KeptLine[] }
	| { type: 'pullQuote'; quote: KeptLine; attribution: KeptLine };

/** What the structural pass found in a raw text. */
export interface StructuredText {
	headline: KeptLine | undefined;
	dek: KeptLine | undefined;
	blocks: Block[];
	removed: NotedLine[];
	edited: NotedLine[];
	flagged: NotedLine[];
	outlet: string | undefined;
}
