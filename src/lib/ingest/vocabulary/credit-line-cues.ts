/**
 * The line that closes a dispatch by crediting the agencies or colleagues it drew on ("With
 * files from the wire", "Additional reporting by Ana Ruiz", "Con información de agencias"):
 * the article's own last words, though it rarely ends in a stop and shares none of the text's
 * words, so past the last sentence it would read as a teaser's title.
 */

/** A credit's opening words, English or Spanish, then the sources it names. */
const creditLine =
	/^(?:with (?:files|reporting|additional reporting|information|contributions) from|(?:additional |further )?reporting by|(?:writing|editing|compiled|translated) by|con (?:informaci[oó]n|reportes?|datos|aportes?) de|con la colaboraci[oó]n de|informaci[oó]n de agencias)\s+\S/iu;

/** "… contributed to this report.", "… colaboró con esta nota.": a colleague's credit. */
const contributed = /\b(?:contributed (?:to )?this (?:report|story|article)|colabor[oó] (?:con|en) (?:esta|este) (?:nota|informaci[oó]n|reportaje|art[ií]culo))\.?$/iu;

/** Whether a short line credits the article's sources, as a dispatch's last line does. */
export function isCreditLine(line: string): boolean {
	return line.length <= 160 && (creditLine.test(line) || contributed.test(line));
}
