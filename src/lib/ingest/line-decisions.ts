/**
 * What the line classifier decides for a line, and the state its passes share: the trimmed
 * lines, the decisions so far and the lines the residue rules already remove; and how a pass
 * steps to a line's neighbours. Its own module
 * so classify-lines.ts and each of its passes import it without a cycle.
 */
/** What to do with a line the residue rules let through. */
export interface LineDecision {
	action: 'remove' | 'flag';
	reason: string;
	/**
	 * The removal rests on what the line says (a cue of the interface, the author's name
	 * opening a bio), not on where it stands or how it is set: content-safety.ts lets it stand
	 * even when the line reads as a sentence.
	 */
	strong?: true;
}

/** What the passes of classify-lines.ts read and add to, line by line index. */
export interface LineDecisions {
	/** The page's lines, trimmed, without a byte-order mark. */
	trimmed: readonly string[];
	/** The lines removed or flagged so far. */
	decisions: Map<number, LineDecision>;
	/** The lines the residue rules remove (structure-lines.ts records them). */
	ruled: Set<number>;
	/**
	 * A list item, a `#` heading or (given its index) a table row or a section break between
	 * paragraphs: content by its shape.
	 */
	isContentShape: (line: string, index?: number) => boolean;
}

/**
 * The index of the nearest line that is not blank from `index` in the direction of `step`: -1
 * or the line count when there is none.
 */
export function nextLine(trimmed: readonly string[], index: number, step: -1 | 1): number {
	let i = index + step;
	while (trimmed[i] === '') i += step;
	return i;
}

/** Whether the residue rules or an earlier decision remove line `index`. */
export function isResidue({ decisions, ruled }: LineDecisions, index: number): boolean {
	return ruled.has(index) || decisions.get(index)?.action === 'remove';
}
