/**
 * Words named as someone's that a sentence then sets out with "is": "Her public formula,
 * repeated on Tuesday, is that Mexico will “…”", "Su consigna es que México «…»". The
 * quotation is the owner's, though no verb of speech stands beside it.
 */
import type { Attribution, Reading } from '../reading/reading.ts';
import { type Range, wordsIn } from '../reading/sentences.ts';

/** Nouns for a position someone keeps stating. */
const nouns =
	'formula|line|position|message|mantra|slogan|refrain|answer|response|argument|promise|comment|remark|vow|pledge|threat|warning|fórmula|postura|posición|mensaje|consigna|lema|respuesta|argumento|promesa|comentario|amenaza|advertencia';
const stated = new RegExp(`^(?:${nouns})$`, 'i');
/** "Marco Rubio's recent comment that …", right after the possessor's name. */
const owned = new RegExp(
	`^['’]s?\\s+(?:\\p{Ll}+\\s+){0,2}(?:${nouns})\\s+(?:that|de\\s+que)\\b[^.;:]*$`,
	'iu',
);

/** Possessive pronouns, with the pronoun each stands for ("su" leaves the person unwritten). */
const possessives: Record<string, 'he' | 'she' | undefined> = {
	her: 'she',
	his: 'he',
	su: undefined,
};

/**
 * The owner of the stated words a sentence opens with, when the narration before the
 * quotation then says what they are ("is that", "es que", a colon): a possessive name, "her" or "his",
 * or Spanish "su" (whoever the text is about).
 */
export function ownerOfStatedWords(
	reading: Reading,
	sentence: Range,
	quote: number,
): Attribution | undefined {
	const lead = reading.text.slice(sentence.start, quote);
	// "Marco Rubio's recent comment that the US would act “…”": the possessor's, anywhere.
	const possessor = reading.mentions.findLast(
		(m) => m.start >= sentence.start && m.end < quote && m.person && m.possessive,
	);
	if (possessor && owned.test(reading.text.slice(possessor.end, quote)))
		return { verb: 'comment', subject: { ...possessor, possessive: false } };
	// A colon right before the quotation sets the words out as "is that" does: "Her line of
	// the day: “…”", "Su respuesta: «…»".
	if (
		!/\b(?:is|was|remains|es|era|fue|sigue siendo)\s+(?:that|que)\b[^.;:]*$/iu.test(lead) &&
		!/^[^.;:]*:\s*$/u.test(lead)
	)
		return undefined;
	const words = wordsIn(reading.text, sentence.start, quote).slice(0, 6);
	const noun = words.findIndex((w) => stated.test(w.text));
	if (noun < 1 || noun > 3) return undefined;
	// "Her public formula": at most two words between the possessor and the noun.
	const owner = words[0]!;
	const verb = words[noun]!.text;
	const mention = reading.mentions.find((m) => m.start === owner.start && m.possessive && m.person);
	if (mention) return { verb, subject: { ...mention, possessive: false } };
	const word = owner.text.toLowerCase();
	if (!(word in possessives)) return undefined;
	const pronoun = possessives[word];
	if (!pronoun) return { verb, implicit: true };
	return {
		verb,
		subject: { start: owner.start, end: owner.end, possessive: false, pointer: { pronoun } },
	};
}
