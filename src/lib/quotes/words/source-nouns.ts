/** Whether a phrase names a source, and what kind: the nouns of source-words.ts put to use. */
import { documentNouns, institutionNouns, mediaNouns, personNouns } from './source-words.ts';

/**
 * Whether a phrase holds a noun for someone or something that can speak: a person, an
 * institution, an outlet, or (unless `documents` is false) a document ("the statement").
 */
export function namesASource(text: string, documents = true): boolean {
	// "the newspaper’s editorial board": a possessive names its noun too.
	const lower = (text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).map((w) =>
		w.replace(/['’]s$/, ''),
	);
	return lower.some(
		(word, i) =>
			personNouns.has(word) ||
			institutionNouns.has(word) ||
			// A plural names bodies as well: "ambos gobiernos", "both governments", "las embajadas".
			institutionNouns.has(word.replace(/(?<=[aeiouy]|nt)s$/u, '')) ||
			mediaNouns.has(word) ||
			(documents && documentNouns.has(word)) ||
			institutionNouns.has(`${word} ${lower[i + 1]}`),
	);
}

/** Whether a phrase names an outlet's or document's stand-in: "the network", "el comunicado". */
export function kindOf(text: string): 'media' | 'document' | undefined {
	const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length > 3) return undefined;
	if (words.some((word) => documentNouns.has(word))) return 'document';
	if (words.some((word) => mediaNouns.has(word))) return 'media';
	return undefined;
}

/**
 * Whether a lower-case word is a noun for someone who does something, by its ending:
 * "organizer", "voter", "activist", "usuario", "televidente", "defensor"; not "-ment"
 * ("the agreement"), and not short words ("order", "paper").
 */
export function agentNoun(word: string, lang: 'en' | 'es'): boolean {
	if (word !== word.toLowerCase() || word.length < 6) return false;
	return lang === 'en'
		? /(?:[^m]er|or|ist|ant|[^m]ent)s?$/.test(word)
		: /(?:or|ora|ista|ante|ente|ario|aria|ero|era)s?$/.test(word);
}
