import type { Attribution } from '../reading/reading.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { namesASource } from '../words/source-nouns.ts';
import type { Resolved } from './speaker-resolution.ts';

/**
 * Whether a sentence's subject, resolved, is someone a later verb with its subject unwritten
 * can mean: a person, a name, a source the word lists know, or whatever noun phrase a speech
 * verb had for its subject ("Un voluntario del albergue … contó"), since whoever speaks is a
 * source.
 */
export function carriesAsSubject(subject: Attribution, resolved: Resolved, lang: Lang): boolean {
	if (resolved.speaker) return true;
	const description = resolved.description ?? '';
	if (!description) return false;
	const opening = /^\p{L}+/u.exec(description)?.[0] ?? '';
	const spoke =
		subject.verb !== ':' && subject.description === description && is('determiner', opening, lang);
	return spoke || namesASource(description, false) || isPersonName(description);
}
