/**
 * The small words attribution reads a sentence by, per language: what may stand between a
 * subject and its verb, what ends a noun phrase, what opens one. Data; each list says why.
 */
import type { Lang } from './language.ts';

/** A set of lower-cased words, and a pattern for the words it cannot list (adverbs in -ly). */
interface WordClass {
	words: ReadonlySet<string>;
	pattern?: RegExp;
}

const words = (list: string, pattern?: RegExp): WordClass => ({
	words: new Set(list.split(/\s+/)),
	...(pattern ? { pattern } : {}),
});

const classes = {
	/**
	 * Between a subject and its verb, changing nothing: auxiliaries ("has said", "ha dicho"),
	 * adverbs ("later said", "luego dijo"), and Spanish object pronouns ("le dijo", "lo explicó").
	 */
	skippable: {
		en: words(
			'has have had was is were would will been also then later once again just already still too further since',
			/^\p{L}+ly$/u,
		),
		es: words(
			'ha han había habían habría hubiera ya también luego después además nuevamente incluso entonces hoy ayer así sí no tampoco nunca le les lo me nos se',
			/^\p{L}+mente$/u,
		),
	},
	/** Words a noun phrase read backwards from its verb stops at: conjunctions, prepositions. */
	clauseStop: {
		en: words(
			'as that which who whom whose while when where whether and but after before because if though although by in on at with to of for from during about into over against than',
		),
		es: words(
			'que quien quienes cual cuando mientras donde y e pero aunque porque si tras antes después en con a al para por sobre según como ante desde durante hasta entre sin contra hacia de del',
		),
	},
	/** Words that open a noun phrase: articles, numbers, possessives, demonstratives. */
	determiner: {
		en: words(
			'a an one the some several many two three four five another other most its his her their my our your this these those both each any no',
		),
		es: words(
			'un una unos unas uno el la los las dos tres cuatro cinco varios varias otro otra otros otras algunos algunas su sus mi mis tu tus nuestro nuestra nuestros nuestras este esta estos estas ese esa esos esas cada ningún ninguna ambos',
		),
	},
	/** Words that open a relative clause between a subject and its verb ("who spoke on condition…"). */
	relative: {
		en: words('who which that whose'),
		es: words('que quien quienes cual cuales cuyo cuya'),
	},
	/**
	 * Words that open a subordinate clause set before the main one: a speech verb inside it
	 * ("aunque Trump planteó el envío de soldados, su administración … sostuvo que “…”") is not
	 * the main clause's, so the quotation after the comma is not its subject's.
	 */
	subordinator: {
		en: words('although though while whereas if unless when even'),
		es: words('aunque si cuando mientras pese aun'),
	},
	/**
	 * The first person: words in it make a quotation someone's speech ("pero no corremos el
	 * riesgo de que nos invadan"), which with nothing else to go by goes on from the speaker
	 * of the paragraph before.
	 */
	firstPerson: {
		en: words('i me my mine we us our ours'),
		es: words('yo me mi mis nos nosotros nosotras nuestro nuestra nuestros nuestras'),
	},
	/** Indefinite pronouns: a subject, but no one in particular ("escribió alguien"). */
	indefinite: {
		en: words('someone somebody anyone anybody nobody'),
		es: words('alguien nadie cualquiera'),
	},
	/** Prepositions: a noun phrase after one is no subject ("at her morning press conference"). */
	preposition: {
		en: words(
			'in on at with to of for from by during about into over after before against under between among without through',
		),
		es: words(
			'en con a al para por sobre ante desde durante hasta entre sin contra hacia de del tras según',
		),
	},
} satisfies Record<string, Record<Lang, WordClass>>;

export type WordClassName = keyof typeof classes;

/** Whether `word` is of the class in `lang`. */
export function is(name: WordClassName, word: string, lang: Lang): boolean {
	const wordClass: WordClass = classes[name][lang];
	const lower = word.toLowerCase();
	// Patterns match lower-case words only: "Kelly" is no adverb in -ly.
	return (
		wordClass.words.has(lower) || (word === lower && (wordClass.pattern?.test(lower) ?? false))
	);
}

/**
 * Capitalised words that name no one: days and months, which stand after a verb as often as a
 * name does ("said Tuesday", "dijo el lunes").
 */
export const notNames = new Set(
	'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
		' ',
	),
);
