/**
 * Spanish adjectives of nationality, so that a title followed by one ("el canciller cubano")
 * is not read as the title of someone people.yaml knows from another country: a title that
 * does fit is matched whole first ("el canciller mexicano"), longest title first.
 */
// prettier-ignore
const stems = [
	'mexican', 'estadounidens', 'norteamerican', 'canadiens', 'cuban', 'venezolan', 'colombian',
	'guatemaltec', 'hondureñ', 'salvadoreñ', 'nicaragüens', 'costarricens', 'panameñ',
	'dominican', 'puertorriqueñ', 'ecuatorian', 'peruan', 'bolivian', 'chilen', 'argentin',
	'uruguay', 'paraguay', 'brasileñ', 'español', 'británic', 'frances', 'alemán', 'aleman',
	'italian', 'rus', 'chin', 'japones', 'ucranian', 'israelí', 'iraní', 'beliceñ', 'haitian',
];

const demonym = new RegExp(
	`^\\s+(?:${stems.join('|')})(?:o|a|os|as|e|es|a|án|ana|és|esa|í)?(?![\\p{L}])`,
	'iu',
);

/** Whether a Spanish adjective of nationality follows `end` in `text`: "el canciller| cubano". */
export function nationalityAfter(text: string, end: number): boolean {
	return demonym.test(text.slice(end, end + 40));
}
