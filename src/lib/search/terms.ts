/**
 * The words of a text as the index holds them: accents folded, lower case, and numbers
 * written as readers type them ("10,000" and "10000" are one term). The same function
 * reads records at build time and queries in the browser, so both sides always agree.
 */
export function termsOf(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((term) => term.length > 0);
}

/**
 * Words too common to narrow a search. They are not indexed (their postings would be
 * most of the corpus); fuse.js still sees them when it ranks the candidates.
 */
export const stopWords: ReadonlySet<string> = new Set(
	[
		// English
		'a an and are as at be but by for from had has have he her his i in is it its of on',
		'or she that the their them they this to was we were will with would not no s',
		// Spanish, accents folded as termsOf folds them ("más" is "mas"); words that are English
		// words too ("sin", "son", "era", "contra", "hay") stay searchable.
		'de la el que en y los las del por con para una un se su al lo como mas pero sus le ya',
		'o este si porque esta entre cuando muy sobre tambien me hasta donde quien desde',
		'todo nos durante todos uno les ni otros ese eso ante ellos e esto mi antes algunos',
		'unos yo otro otras otra tanto esa estos mucho quienes nada muchos cual poco ella estar',
		'estas algunas algo nosotros fue ha han',
	]
		.join(' ')
		.split(' '),
);

/** The words worth looking up: no stop words, no single letters. */
export function indexTerms(text: string): string[] {
	return termsOf(text).filter((term) => term.length > 1 && !stopWords.has(term));
}
