import { clauseSubject } from '../attribution/clause-subject.ts';
import { putsOutDocument } from '../attribution/document-sources.ts';
import type { BlockReader } from '../block-reader.ts';
import { fromAttribution } from './attributed-speaker.ts';
import type { SpeakerMemory } from './speaker-memory.ts';

/**
 * Remembers whoever a block says put out a document as its last speaker ("Obispos de la
 * frontera … hicieron público un pronunciamiento"), so that the document quoted later speaks
 * for them ("El documento … advierte que «…»"): the sentence's subject as a later verb would
 * read it, or else the words it opens with.
 */
export function noteIssuers(reader: BlockReader, memory: SpeakerMemory): void {
	for (const [s, range] of reader.sentences.entries()) {
		if (!putsOutDocument(reader.masked, range)) continue;
		const subject = reader.subjectOf(s);
		const named = clauseSubject(reader.reading(s), range);
		if (subject && subject !== 'zero') memory.speakers.spoke(reader.block, subject);
		else if (named)
			memory.speakers.spoke(reader.block, fromAttribution(named, reader.context(range.start)));
	}
}
