/**
 * Function words (articles, prepositions, pronouns, auxiliaries, conjunctions) of the
 * languages ingestion reads. Running prose is dense in them; labels, menus, headlines and
 * tag lists are not, which is the stop-word density jusText classifies paragraphs by.
 */
import { words } from './line-shapes.ts';

export type Language = 'en' | 'es';

export const functionWords: Record<Language, ReadonlySet<string>> = {
	en: new Set(
		`a an the and or but nor so if then than that this these those there here of in on at to
		for from by with about as into onto over under after before during without within between
		is are was were be been being has have had do does did will would shall should can could
		may might must not no it its it's he she they we you i me him her them us our your his
		their my who whom whose which what when where why how all any some each other such only
		also just very more most both either neither said says`
			.split(/\s+/)
			.filter(Boolean),
	),
	es: new Set(
		`el la los las un una unos unas lo al del de en a y o u e ni que con por para sin sobre
		entre desde hasta hacia ante tras contra según durante es son era eran fue fueron ser
		sido está están estaba estaban ha han había habían hay se su sus le les me te nos mi tu
		él ella ellos ellas esto esta este estos estas ese esa eso esos esas aquel como cuando
		donde porque pero sino más muy ya también no sí cual cuales quien quienes cuyo todo toda
		todos todas otro otra otros otras ambos ambas dijo afirmó aseguró`
			.split(/\s+/)
			.filter(Boolean),
	),
};

/** How many of the text's words are function words of each language. */
export function functionWordCounts(lines: readonly string[]): Record<Language, number> {
	const counts = { en: 0, es: 0 };
	for (const line of lines) {
		for (const w of words(line)) {
			const lower = w.toLowerCase();
			if (functionWords.en.has(lower)) counts.en++;
			if (functionWords.es.has(lower)) counts.es++;
		}
	}
	return counts;
}

/** The language whose function words the text uses most (English when none). */
export function detectLanguage(lines: readonly string[]): Language {
	const { en, es } = functionWordCounts(lines);
	return es > en ? 'es' : 'en';
}

/** The share of a line's words that are function words of `language` (0 for no words). */
export function functionWordShare(line: string, language: Language): number {
	const ws = words(line);
	if (ws.length === 0) return 0;
	return ws.filter((w) => functionWords[language].has(w.toLowerCase())).length / ws.length;
}
