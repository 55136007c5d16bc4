/**
 * The subject a Spanish verb leaves unwritten ("«…», dijo."), read from the sentences and
 * blocks before it; for `BlockReader.implicit`, which attribution calls through its context.
 */
import type { BlockText } from '../reading/block-text.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import type { SpeakerMemory } from './speaker-memory.ts';
import { pointBack, type Resolved } from './speaker-resolution.ts';

/** A Spanish plural ("dijeron", "aseguran", "le preguntaron"): "they", no one in particular. */
const plural = /n$/;

/** The block being read, with what each of its sentences is about, resolved. */
interface SubjectReader extends BlockText {
	subjectOf(sentence: number): Resolved | 'zero' | undefined;
}

/**
 * A Spanish verb with its subject unwritten ("«…», dijo."): the subject the sentences before
 * carry, past those that leave theirs unwritten too, within this block and then the ones
 * before; else the one person the nearest sentences name. A plural is no one, but for a
 * question ("le preguntaron"), whose askers the article leaves unnamed.
 */
export function implicitSubject(
	reader: SubjectReader,
	memory: SpeakerMemory,
	offset: number,
	verb: string,
): Resolved | undefined {
	const sentence = reader.sentenceOf(offset);
	if (plural.test(verb))
		return speechVerbOf(verb, reader.lang)?.question
			? {
					speaker: null,
					description: 'unnamed questioner',
					confidence: 0.6,
					reason: `"${verb}" in the plural with no subject: people the article does not name`,
				}
			: pluralSubject(reader, sentence, verb);

	let misses = 0;
	for (let s = sentence; s >= 0 && misses < 3; s--) {
		const subject = reader.subjectOf(s);
		if (subject !== undefined && subject !== 'zero') return subject;
		if (subject === undefined) misses++;
	}
	const carried = misses < 3 ? memory.subjects.carriedSubject(reader.block, 3 - misses) : undefined;
	return carried ?? pointBack(memory.names.seen, () => true, reader.block, sentence, verb);
}

/**
 * "Los firmantes dicen compartir esa visión, aunque reclaman que «…»": a plural verb with
 * its subject unwritten shares its own sentence's plural subject, set before it.
 */
function pluralSubject(
	reader: SubjectReader,
	sentence: number,
	verb: string,
): Resolved | undefined {
	const subject = reader.subjectOf(sentence);
	if (subject === undefined || subject === 'zero' || subject.speaker) return undefined;
	const plural = /^(?:los|las|unos|unas|ambos|ambas|varios|varias)\s/i;
	return subject.description && plural.test(subject.description)
		? { ...subject, confidence: 0.6, reason: `"${verb}" shares the plural subject before it` }
		: undefined;
}
