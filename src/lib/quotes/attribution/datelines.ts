/**
 * The salutation that opens a letter to the editor: the one written to, never a speaker's
 * label, though a colon follows it as one would ("Señor director:", "Dear Editor:").
 */
const salutation =
	/^\s*(?:(?:señor|señora|sr\.|sra\.|estimado|estimada)\s+(?:director|directora|editor|editora)|(?:dear|to the)\s+editor)\s*:\s*/iu;

/**
 * Where the sentence's own words start past a wire dateline opening it: a place in capitals
 * ("CIUDAD DE MÉXICO", "CULIACÁN, Sinaloa"), an agency in brackets, then a dash; or past a
 * letter's salutation. `start` when there is none.
 */
export function datelineAt(text: string, start: number): number {
	const head = text.slice(start, start + 80);
	const dateline =
		/^\s*\p{Lu}{2,}(?:[ ,.'’]+\p{Lu}{2,})*(?:,\s*\p{Lu}[\p{L}.]*)?\s*(?:\([^()]{1,20}\)\s*)?[.,]?\s*[—–]\s*/u.exec(
			head,
		) ?? salutation.exec(head);
	return dateline ? start + dateline[0].length : start;
}
