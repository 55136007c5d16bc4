/**
 * The quotation marks the finder knows, as data: which mark opens, which may close it, and
 * whether it opens speech at the top level or only inside another quotation.
 */
export interface QuoteMarks {
	open: string;
	/** Marks that close it: scraped text mixes curly and straight ("somos una nación…”). */
	close: readonly string[];
	/** `double`: opens speech anywhere; `single`: speech inside speech, and headlines. */
	level: 'double' | 'single';
	/** A straight mark, the same character both ways: it opens only after a space or bracket. */
	straight?: true;
	note: string;
}

export const quoteMarks: readonly QuoteMarks[] = [
	{ open: '“', close: ['”', '"'], level: 'double', note: 'curly double: English, Mexican papers' },
	{
		open: '"',
		close: ['"', '”'],
		level: 'double',
		straight: true,
		note: 'straight double: wires, scraped text',
	},
	{ open: '«', close: ['»'], level: 'double', note: 'angle quotes: Spanish and European papers' },
	{
		open: '‘',
		close: ['’', "'"],
		level: 'single',
		note: 'curly single: headlines, speech inside speech',
	},
	{
		open: "'",
		close: ["'", '’'],
		level: 'single',
		straight: true,
		note: 'straight single: the same',
	},
	{ open: '‹', close: ['›'], level: 'single', note: 'single angle quotes, inside « »' },
];

/** The marks that open a quotation, by character. */
export const openers = new Map(quoteMarks.map((marks) => [marks.open, marks]));

/** Whether `char` can close a quotation (of any kind). */
export const isCloser = (char: string | undefined): boolean =>
	char !== undefined && quoteMarks.some((marks) => marks.close.includes(char));

/** Whether `char` can open a quotation (of any kind). */
export const isOpener = (char: string | undefined): boolean =>
	char !== undefined && openers.has(char);

/**
 * Dashes that set off a narrator's interjection inside speech ("—recalcó—", "— she said —")
 * and open a line of dialogue ("—No va a pasar —respondió Sheinbaum—."). A hyphen does in
 * scraped Spanish text ("- recalcó-"), but only beside a space.
 */
export const dashes = '—–-';
