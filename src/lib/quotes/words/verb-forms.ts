/** What a speech verb is, and the helpers that spell out its forms for speech-verbs.ts. */
import type { Lang } from './language.ts';

/** A verb that reports someone's words, in every form an article may write it. */
export interface SpeechVerb {
	lang: Lang;
	forms: readonly string[];
	/**
	 * Names a thing as often as it reports words ("called it a disgrace", "la calificó de
	 * «histórica»"): beside a quotation it counts only with a subject, and a word or two after
	 * an article stays speech; after a quotation it attributes nothing.
	 */
	naming?: true;
	/** Praises ("commended the “solid coordination”"): as naming, but "“…,” he boasted" is speech. */
	praise?: true;
	/** A first person ("le dije", "respondí"): said by the one recounting, in recounted speech. */
	firstPerson?: true;
	/**
	 * Asks a question: in the plural with no subject ("—le preguntaron a la mandataria"), the
	 * askers are people the article does not name, an unnamed questioner.
	 */
	question?: true;
	/** Answers: in a line after a question put to someone, that someone is who answers. */
	answer?: true;
	/** The next word it needs to report speech ("put it bluntly"). */
	followedBy?: readonly string[];
	/** The word it needs before it: an infinitive governed by "a" ("se limitó a decir"). */
	precededBy?: readonly string[];
	/** Why the verb is here, or what to watch for. */
	note: string;
}

/**
 * The forms of a regular Spanish verb a news text uses for a third person: preterite,
 * present, imperfect, subjunctive ("luego de que afirmara"), future, participle ("ha
 * afirmado") and gerund. Irregular verbs list their forms themselves.
 */
function spanish(infinitive: string): string[] {
	const stem = infinitive.slice(0, -2);
	const endings = infinitive.endsWith('ar')
		? 'ó a an aron aba aban ara aran ado ando'
		: 'ió e en ieron ía ían iera ieran ido iendo';
	const forms = endings.split(' ').map((ending) => stem + ending);
	// Verbs on "escribir" make their participle in "-scrito": "ha descrito", "ha suscrito".
	if (infinitive.endsWith('scribir')) forms.push(`${infinitive.slice(0, -4)}ito`);
	return [...forms, `${infinitive}á`];
}

const list = (words: string) => words.split(' ');
/** English forms, listed (irregular verbs, and forms whose base means something else). */
export const en = (forms: string, note: string, more: Partial<SpeechVerb> = {}): SpeechVerb => ({
	lang: 'en',
	forms: list(forms),
	note,
	...more,
});
/**
 * English regular verbs, by base: each brings every form a text may use ("remark" →
 * "remarks", "remarked", "remarking"), so a list never holds one tense and misses the next.
 */
export const enRegular = (
	bases: string,
	note: string,
	more: Partial<SpeechVerb> = {},
): SpeechVerb => ({
	lang: 'en',
	forms: list(bases).flatMap(english),
	note,
	...more,
});

/** A regular English verb's base, third person, past and gerund. */
function english(base: string): string[] {
	const stem = base.replace(/e$/, '');
	const consonantY = /[^aeiou]y$/.test(base);
	const s = /(?:s|sh|ch|x)$/.test(base)
		? `${base}es`
		: consonantY
			? `${base.slice(0, -1)}ies`
			: `${base}s`;
	const ed = base.endsWith('e') ? `${base}d` : consonantY ? `${base.slice(0, -1)}ied` : `${base}ed`;
	return [base, s, ed, `${stem}ing`];
}
/** Spanish regular verbs, by infinitive. */
export const es = (
	infinitives: string,
	note: string,
	more: Partial<SpeechVerb> = {},
): SpeechVerb => ({
	lang: 'es',
	forms: list(infinitives).flatMap(spanish),
	note,
	...more,
});
/** Spanish forms, listed (irregular verbs). */
export const esForms = (
	forms: string,
	note: string,
	more: Partial<SpeechVerb> = {},
): SpeechVerb => ({
	lang: 'es',
	forms: list(forms),
	note,
	...more,
});
