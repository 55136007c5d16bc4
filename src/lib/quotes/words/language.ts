/**
 * The two languages the quote finder reads, and how it tells which one a paragraph is in.
 *
 * The choice: the language is detected per block (paragraph, heading) from the function
 * words of its narration, the text outside quotation marks, because an English article
 * quotes Spanish words and a Spanish one cites English outlets, and a scraped page mixes
 * both in its residue. A block with too few function words to tell (a short headline, a
 * byline) takes the article's language: the one an editor gives (`lang`), or else the one
 * detected over the whole article. Every rule is written once and reads the block's
 * language where the two differ (pronouns, determiners, speech verbs).
 */
export type Lang = 'en' | 'es';

/**
 * Frequent words of one language that the other does not use as words of its own ("a",
 * "no", "he" and "me" are both English and Spanish, so neither counts).
 */
const functionWords: Record<Lang, ReadonlySet<string>> = {
	en: new Set(
		'the of and to in is was that for on with as by at from it its his her said says has have had were are be this which who would will not but or an their they she he after over'.split(
			' ',
		),
	),
	es: new Set(
		'el la los las del de que y en un una por con para se su sus es al lo como más pero sobre este esta fue ha dijo sin ya también entre hasta desde cuando muy ni ante tras según sí le les'.split(
			' ',
		),
	),
};

/** Lower-case words that join the capitalised words of a name, in either language. */
const particles = new Set(['de', 'del', 'la', 'las', 'los', 'of', 'the', 'for']);

/**
 * The words of `text` less the particles inside names ("Juan Ramón de la Fuente", "De la
 * Fuente told", "Secretary of State"): a name's particles are not its narration's language.
 */
function narrationWords(text: string): string[] {
	const words = text.match(/\p{L}+/gu) ?? [];
	const upper = (word = '') => /^\p{Lu}/u.test(word);
	const particle = (word = '') => particles.has(word.toLowerCase());
	const kept: string[] = [];
	for (let i = 0; i < words.length;) {
		if (!particle(words[i])) {
			kept.push(words[i++]!);
			continue;
		}
		// A run of particles, read once: a name's when capitalised words close it on both
		// sides, or when a surname's own "De" opens it ("De la Fuente told").
		let next = i;
		while (particle(words[next])) next++;
		const inName = upper(words[next]) && (upper(words[i - 1]) || /^(?:De|Del)$/.test(words[i]!));
		if (!inName) kept.push(...words.slice(i, next));
		i = next;
	}
	return kept;
}

/** The language most of the words of `text` belong to; `fallback` when it is a tie. */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
	let en = 0;
	let es = 0;
	for (const word of narrationWords(text).map((w) => w.toLowerCase())) {
		if (functionWords.en.has(word)) en++;
		if (functionWords.es.has(word)) es++;
	}
	return en > es ? 'en' : es > en ? 'es' : fallback;
}
