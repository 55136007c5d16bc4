import type { BlockText } from '../reading/block-text.ts';
import { namedSources } from '../reading/named-sources.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { NamesSeen } from './names-seen.ts';
import { PastSpeakers } from './past-speakers.ts';
import { SentenceSubjects } from './sentence-subjects.ts';
import { SpeakerCues } from './speaker-cues.ts';
import type { Resolved } from './speaker-resolution.ts';

/**
 * What the finder remembers of an article as it reads it, block by block, one part per thing
 * remembered: who was named where (for pronouns, titles and unwritten subjects) and which
 * outlets (for "the network", "el rotativo"); who spoke (for "the statement said"); who was
 * asked a question or introduced as speaking next; and what each sentence was about.
 */
export class SpeakerMemory {
	readonly names = new NamesSeen();
	readonly speakers = new PastSpeakers();
	readonly cues = new SpeakerCues();
	readonly subjects = new SentenceSubjects();

	/**
	 * Notes what a block gives as soon as it is read, before its quotations: the names in its
	 * narration, the narration itself, and whoever a question is put to there.
	 */
	noteBlock(read: BlockText): void {
		const { block, masked, lang } = read;
		const named = namedSources(masked, lang, read.mentions);
		this.names.noteNamed(block, masked, named, (at) => read.sentenceOf(at));
		this.speakers.noteNarration(block, masked);
		for (const mention of read.mentions) {
			// "preguntó a Rubio", "asked Rubio": the verb right before the person asked.
			const lead = /(\p{L}+)\s+(?:a\s+)?$/u.exec(
				masked.slice(Math.max(0, mention.start - 30), mention.start),
			);
			if (mention.person && lead && speechVerbOf(lead[1]!, lang)?.question)
				this.cues.asked(block, mention.person);
		}
	}

	/**
	 * The one an interview that opens at `block` is with: in the nearest of the three
	 * paragraphs before it that names anyone, the first sentence's subject, or else the first
	 * person named ("La diplomática Elena Robles representó a México…. Hablamos con ella…").
	 */
	interviewee(block: number): Resolved | undefined {
		for (let b = block - 1; b >= 0 && b >= block - 3; b--) {
			for (const subject of this.subjects.inBlock(b))
				if (subject && subject !== 'zero' && (subject.speaker || subject.description))
					return subject;
			// A subject the grammar did not find: the first person the paragraph names.
			const first = this.names.seen
				.filter((s) => s.block === b)
				.sort((x, y) => x.sentence - y.sentence || (x.at ?? 0) - (y.at ?? 0))[0];
			if (first)
				return {
					speaker: first.person ?? null,
					description: first.person ? null : (first.name ?? null),
					confidence: 0.6,
					reason: 'named first in the paragraph before the interview',
				};
		}
		return undefined;
	}
}
