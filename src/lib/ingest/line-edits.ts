/** One change made inside a line, described for provenance. */
export interface LineEdit {
	text: string;
	reasons: string[];
}

/**
 * Fixes scraping damage inside a line without touching the words: a lone `**` left by a
 * broken bold, and the space a scraper puts before punctuation ("laboratories ." → "laboratories.").
 */
export function editLine(line: string): LineEdit {
	const reasons: string[] = [];
	let text = line;
	const markers = text.match(/\*\*/g)?.length ?? 0;
	if (markers % 2 === 1) {
		text = text.replace(/\*\*/g, '');
		reasons.push('removed a stray "**"');
	}
	// Only a space before . , ; : ! ? that ends a word run; never inside numbers or "...".
	const spaced = text.replace(/(\S)[ \u00A0\u202F]+([.,;:!?])(?=\s|$|["'”’)])/g, '$1$2');
	if (spaced !== text) {
		reasons.push('removed spaces before punctuation');
		text = spaced;
	}
	return { text, reasons };
}
