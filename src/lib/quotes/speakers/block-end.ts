import type { BlockReader } from '../block-reader.ts';
import type { SpeakerCarry } from './carried-speaker.ts';
import { fromAttribution } from './attributed-speaker.ts';
import { introduction } from './fallback-speaker.ts';
import type { SpeakerMemory } from './speaker-memory.ts';

/**
 * What a block leaves for the blocks after it once its quotations are read: what each of its
 * sentences is about (for unwritten subjects, and whether the last speaker carries on), and
 * who it introduces as speaking next.
 */
export function noteBlockEnd(reader: BlockReader, memory: SpeakerMemory, carry: SpeakerCarry) {
	const { block, sentences, masked, text } = reader;
	const subjects = sentences.map((_, s) => reader.subjectOf(s));
	memory.subjects.noteSubjects(block, subjects);
	carry.subjects(block, subjects);
	// A block that introduces the next: "una periodista preguntó a Rubio si…" before a line
	// of dialogue, "Sheinbaum said:" before a quoted paragraph.
	const last = sentences.length - 1;
	const said = last >= 0 ? introduction(reader.reading(last), sentences[last]!) : undefined;
	if (said)
		memory.cues.introduce(
			block,
			fromAttribution(said, reader.context(text.length)),
			/:\s*$/.test(masked),
		);
}
