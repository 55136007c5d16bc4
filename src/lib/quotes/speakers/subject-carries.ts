import type { BlockText } from '../reading/block-text.ts';
import type { Attribution } from '../reading/reading.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import { namesASource } from '../words/source-nouns.ts';
import { type Context, fromAttribution } from './attributed-speaker.ts';
import { sentenceSubject } from './fallback-speaker.ts';
import type { Resolved } from './speaker-resolution.ts';

/** The block being read, with the context an attribution at an offset is resolved in. */
interface SubjectReader extends BlockText {
	context(offset: number): Context;
}

/**
 * What a sentence is about, resolved (see `sentenceSubject`): a person or a source that a
 * later verb with its subject unwritten can mean, or `zero`.
 */
export function resolvedSubject(
	reader: SubjectReader,
	sentence: number,
): Resolved | 'zero' | undefined {
	const range = reader.sentences[sentence]!;
	const subject = sentenceSubject(reader.reading(sentence), range);
	if (subject === undefined || subject === 'zero') return subject;
	// "Trump y Hegseth se reunieron. «…», dijo.": two people are the subject, and a verb
	// with its subject unwritten after them could be either's. No one, rather than a guess.
	if (subject.subject && reader.coordinated(subject.subject))
		return {
			speaker: null,
			description: null,
			confidence: 0.5,
			reason: 'the sentence before has two people for its subject',
		};
	const resolved = fromAttribution(subject, reader.context(range.start));
	return carriesAsSubject(subject, resolved, reader.lang) ? resolved : undefined;
}

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
