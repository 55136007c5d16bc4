/**
 * The salutation that opens a letter to the editor: the one written to, never a speaker's
 * label, though a colon follows it as one would ("Señor director:", "Dear Editor:").
 */
const salutation =
	/^\s*(?:(?:señor|señora|sr\.|sra\.|estimado|estimada)\s+(?:director|directora|editor|editora)|(?:dear|to the)\s+editor)\s*:\s*/iu;

/** A place in capitals, as wires write it: "CIUDAD DE MÉXICO", "CULIACÁN, Sinaloa". */
const capitals = String.raw`\p{Lu}{2,}(?:[ ,.'’]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*)?`;
/** A place in title case: "Ciudad de México", "Buenos Aires". */
const titled = String.raw`\p{Lu}\p{Ll}+(?:\s+(?:de\s+|del\s+)?\p{Lu}\p{Ll}+){0,3}`;
/** The date after the place: ", 3 oct", ", Oct. 3". */
const date = String.raw`(?:,\s*[\p{L}\d.]+(?:\s+[\p{L}\d.]+){0,2})?`;
/** The agency in brackets: "(AP)", "(EFE)". */
const agency = String.raw`\([^()]{1,20}\)`;
/** The dash that ends it: "—", "–", ".-", " - ", " -- ". */
const dash = String.raw`[.,]?\s*(?:[—–]\s*|-{1,2}\s+)`;
const dateline = new RegExp(
	String.raw`^\s*(?:${capitals}${date}\s*(?:${agency}\s*)?|${titled}${date}\s*${agency}\s*)${dash}`,
	'u',
);

/**
 * Where the sentence's own words start past a wire dateline opening it: a place in capitals,
 * or in title case with the agency after it ("Ciudad de México, 3 oct (Agencia) -"), a date,
 * an agency in brackets, then a dash; or past a letter's salutation. `start` when there is none.
 */
export function datelineAt(text: string, start: number): number {
	const head = text.slice(start, start + 80);
	const found = dateline.exec(head) ?? salutation.exec(head);
	return found ? start + found[0].length : start;
}
