/**
 * What the line classifier decides for a line, and the state its passes share: the trimmed
 * lines, the decisions so far and the lines the residue rules already remove. Its own module
 * so classify-lines.ts and each of its passes import it without a cycle.
 */
/** What to do with a line the residue rules let through. */
export interface LineDecision {
	action: 'remove' | 'flag';
	reason: string;
	/** A flagged question's teaser title above it: past the text, its neighbours may settle it. */
	listedUnder?: string;
}

/** What the passes of classify-lines.ts read and add to, line by line index. */
export interface LineDecisions {
	/** The page's lines, trimmed, without a byte-order mark. */
	trimmed: readonly string[];
	/** The lines removed or flagged so far. */
	decisions: Map<number, LineDecision>;
	/** The lines the residue rules remove (structure-lines.ts records them). */
	ruled: Set<number>;
	/** A list item, a `#` heading or (given its index) a table row: content by its shape. */
	isContentShape: (line: string, index?: number) => boolean;
}
