import type { Lang } from './words/language.ts';
import type { Mention, MentionFinder } from './reading/mentions.ts';
import { isPersonName } from './reading/named-sources.ts';
import { BlockText } from './reading/block-text.ts';
import { resolvedSubject } from './speakers/subject-carries.ts';
import { clauseSubject } from './attribution/clause-subject.ts';
import type { QuoteSpan } from './spans/quote-spans.ts';
import { namesASource } from './words/source-nouns.ts';
import type { SpeakerMemory } from './speakers/speaker-memory.ts';
import type { Context } from './speakers/attributed-speaker.ts';
import { clauseOwner, othersThan, reporterBefore } from './speakers/pointer-antecedents.ts';
import { type Resolved, resolveMention } from './speakers/speaker-resolution.ts';
import { implicitSubject } from './speakers/unwritten-subject.ts';

/**
 * One block as the finder reads it (its narration, sentences and mentions: `BlockText`), and
 * how a speaker is resolved there against what the article has named so far (`SpeakerMemory`).
 * Resolving a pronoun may read the subject of a sentence before, whose attribution may resolve
 * a pronoun in turn, so the steps that call back into the reader meet here; the readings they
 * use (pointer-antecedents.ts, subject-carries.ts, unwritten-subject.ts) take it as an argument.
 */
export class BlockReader extends BlockText {
	readonly #finder: MentionFinder;
	readonly #memory: SpeakerMemory;

	constructor(
		block: number,
		text: string,
		lang: Lang,
		spans: readonly QuoteSpan[],
		finder: MentionFinder,
		memory: SpeakerMemory,
	) {
		super(block, text, lang, spans, finder);
		this.#finder = finder;
		this.#memory = memory;
		memory.noteBlock(this);
	}

	/** A name, pronoun or title, resolved against the people named before it. */
	resolve(mention: Mention): Resolved | undefined {
		const sentence = this.sentenceOf(mention.start);
		const pointer = mention.pointer;
		const owner = clauseOwner(this, this.#finder, mention);
		if (owner) return owner;
		const reporter = pointer
			? reporterBefore(this, this.#memory, this.#finder, mention, sentence)
			: undefined;
		if (reporter) return reporter;
		const seen = mention.pointer
			? othersThan(this, this.#memory, mention, sentence)
			: this.#memory.names.seen;
		return (
			resolveMention(mention, this.#finder, seen, this.block, sentence) ??
			this.#subjectBefore(mention, sentence)
		);
	}

	/**
	 * For a "he", "she" or title that two people named just before could fit (or no one in
	 * people.yaml holds), the subject of the sentence before, when it is someone the text
	 * introduces by name and people.yaml does not know: the story turns to them, and the
	 * pronoun carries on its subject ("Mexico's ambassador, Andrés Villaseñor, appeared after
	 * Homan. He said …"; "…, Ricardo Llamas, difundió un video. «…» —sostuvo el legislador—").
	 * Between two known people ("Trump met Hegseth. “…,” he said") no one is guessed.
	 */
	#subjectBefore(mention: Mention, sentence: number): Resolved | undefined {
		const pointer = mention.pointer;
		if (!pointer || pointer.pronoun === 'i') return undefined;
		const subject = pointer.title
			? this.#earlierSubject(sentence)
			: sentence > 0 && !this.#lookingBack
				? this.#lookingBackAt(() => this.subjectOf(sentence - 1))
				: undefined;
		if (subject === undefined || subject === 'zero' || subject.speaker) return undefined;
		if (subject.description === null || !isPersonName(subject.description)) return undefined;
		const word = pointer.title ?? pointer.pronoun;
		return { ...subject, confidence: 0.6, reason: `"${word}" carries on the subject before` };
	}

	/** `read`, with looking back barred while it runs (see `#earlierSubject`). */
	#lookingBackAt<T>(read: () => T): T {
		this.#lookingBack = true;
		try {
			return read();
		} finally {
			this.#lookingBack = false;
		}
	}

	/** What resolving an attribution at `offset` needs (see attributed-speaker.ts). */
	context(offset: number, verb = ''): Context {
		const memory = this.#memory;
		const block = this.block;
		return {
			lang: this.lang,
			asked: () => memory.cues.askedLast(block),
			resolve: (mention) => this.resolve(mention),
			implicit: () => this.implicit(offset, verb),
			lastOutlet: () => memory.names.lastOutlet(block, offset),
			lastSpeaker: () => memory.speakers.lastSpeaker(block),
			describedAs: (noun) => memory.speakers.describedAs(noun, block),
			fullName: (short) => memory.names.fullName(short),
			earlierSubject: () => this.#earlierSubject(this.sentenceOf(offset)),
			bareTitle: (phrase) => {
				const pointer = this.#finder.bareTitle(phrase);
				if (!pointer) return undefined;
				const mention = { start: offset, end: offset, possessive: false, pointer };
				return this.resolve(mention);
			},
		};
	}

	#lookingBack = false;

	/**
	 * The subject of the nearest sentence before `sentence` that has one, in this block or the
	 * ones before. Once at a time: the subject found may itself look back ("la dependencia").
	 */
	#earlierSubject(sentence: number): Resolved | undefined {
		if (this.#lookingBack) return undefined;
		this.#lookingBack = true;
		try {
			for (let s = sentence - 1; s >= 0 && s >= sentence - 3; s--) {
				const subject = this.subjectOf(s);
				if (subject !== undefined && subject !== 'zero') return subject;
				// A body is what a sentence is about whatever its verb ("defendió el acuerdo").
				const body = clauseSubject(this.reading(s), this.sentences[s]!)?.description;
				if (body && namesASource(body, false))
					return {
						speaker: null,
						description: body,
						confidence: 0.7,
						reason: 'the body named before',
					};
			}
			return sentence < 3
				? this.#memory.subjects.carriedSubject(this.block, 3 - sentence)
				: undefined;
		} finally {
			this.#lookingBack = false;
		}
	}

	/** What a sentence is about, resolved: see `resolvedSubject` (subject-carries.ts). */
	subjectOf(sentence: number): Resolved | 'zero' | undefined {
		return resolvedSubject(this, sentence);
	}

	/** A Spanish verb with its subject unwritten ("«…», dijo."): see unwritten-subject.ts. */
	implicit(offset: number, verb: string): Resolved | undefined {
		return implicitSubject(this, this.#memory, offset, verb);
	}
}
