import type { Reading } from './reading/reading.ts';
import type { Lang } from './words/language.ts';
import type { Mention, MentionFinder } from './reading/mentions.ts';
import { isPersonName, namedSources, personNameIn } from './reading/named-sources.ts';
import { attributionBefore } from './attribution/attribution.ts';
import { possessorAntecedent } from './reading/possessor-antecedent.ts';
import { sentenceSubject } from './speakers/fallback-speaker.ts';
import { carriesAsSubject } from './speakers/subject-carries.ts';
import { clauseSubject } from './attribution/clause-subject.ts';
import type { QuoteSpan } from './spans/quote-spans.ts';
import { maskQuotes, type Range, sentenceRanges } from './reading/sentences.ts';
import { namesASource } from './words/source-nouns.ts';
import type { SpeakerMemory } from './speakers/speaker-memory.ts';
import { speechVerbOf } from './words/speech-verbs.ts';
import { type Context, fromAttribution } from './speakers/attributed-speaker.ts';
import {
	pointBack,
	type Resolved,
	resolveMention,
	type Seen,
} from './speakers/speaker-resolution.ts';

/** A Spanish plural ("dijeron", "aseguran", "le preguntaron"): "they", no one in particular. */
const plural = /n$/;

/**
 * One block as the finder reads it: its narration (the text with quotations blanked), its
 * sentences and mentions, and how a speaker is resolved there against what the article has
 * named so far (`SpeakerMemory`).
 */
export class BlockReader {
	readonly block: number;
	readonly text: string;
	readonly lang: Lang;
	readonly masked: string;
	readonly sentences: readonly Range[];
	readonly mentions: readonly Mention[];
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
		this.block = block;
		this.text = text;
		this.lang = lang;
		this.#finder = finder;
		this.#memory = memory;
		this.masked = maskQuotes(text, spans);
		this.sentences = sentenceRanges(this.masked, text);
		this.mentions = finder.find(this.masked, lang);
		const named = namedSources(this.masked, lang, this.mentions);
		memory.names.noteNamed(block, this.masked, named, (at) => this.sentenceOf(at));
		memory.speakers.noteNarration(block, this.masked);
		for (const mention of this.mentions) {
			// "preguntó a Rubio", "asked Rubio": the verb right before the person asked.
			const lead = /(\p{L}+)\s+(?:a\s+)?$/u.exec(
				this.masked.slice(Math.max(0, mention.start - 30), mention.start),
			);
			if (mention.person && lead && speechVerbOf(lead[1]!, lang)?.question)
				memory.cues.asked(block, mention.person);
		}
	}

	/** The index of the sentence an offset stands in (the first whose end lies past it). */
	sentenceOf(offset: number): number {
		// Binary search: sentences are in order, and a scan per mention was quadratic.
		let low = 0;
		let high = this.sentences.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (offset < this.sentences[mid]!.end) high = mid;
			else low = mid + 1;
		}
		return low < this.sentences.length ? low : 0;
	}

	/** What attribution reads for a quotation in a sentence. */
	reading(sentence: number): Reading {
		return {
			text: this.masked,
			mentions: this.mentions,
			lang: this.lang,
			sentence: this.sentences[sentence] ?? { start: 0, end: this.text.length },
		};
	}

	/** A name, pronoun or title, resolved against the people named before it. */
	resolve(mention: Mention): Resolved | undefined {
		const sentence = this.sentenceOf(mention.start);
		const pointer = mention.pointer;
		const owner =
			pointer?.pronoun === 'he' || pointer?.pronoun === 'she'
				? possessorAntecedent(this.masked, this.mentions, mention, (person) =>
						this.#finder.fits(pointer, person),
					)
				: undefined;
		if (owner)
			return {
				speaker: owner,
				description: null,
				confidence: 0.75,
				reason: `"${pointer!.pronoun}" is the one whose words the clause places`,
			};
		const reporter = pointer ? this.#reporterBefore(mention, sentence) : undefined;
		if (reporter) return reporter;
		const seen = mention.pointer ? this.#othersThan(mention, sentence) : this.#memory.names.seen;
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

	/**
	 * "Brennan said Ms Sheinbaum was on “a tightrope”. “…,” she said.": "he" or "she" speaking
	 * carries on the one the sentence before reported, not someone named in what they reported.
	 */
	#reporterBefore(mention: Mention, sentence: number): Resolved | undefined {
		const pointer = mention.pointer!;
		if (pointer.pronoun !== 'he' && pointer.pronoun !== 'she') return undefined;
		const next = /^\s+(?:(?:also|then|later|has|had)\s+)?(\p{L}+)/u.exec(
			this.masked.slice(mention.end),
		);
		if (!next || !speechVerbOf(next[1]!, this.lang)) return undefined;
		const reason = `"${pointer.pronoun}" is the one reported before`;
		if (sentence === 0) {
			// The paragraph before's last subject, as sentenceSubject read it (a reporter first).
			const carried = this.#memory.subjects.carriedSubject(this.block, 1);
			const fits = carried?.speaker
				? this.#finder.fits(pointer, carried.speaker)
				: isPersonName(carried?.description ?? '');
			return carried && fits ? { ...carried, confidence: 0.6, reason } : undefined;
		}
		const before = this.reading(sentence - 1);
		const said = attributionBefore(before, before.sentence, true);
		if (!said || !speechVerbOf(said.verb, this.lang)) return undefined;
		const person = said.subject?.person;
		if (person && this.#finder.fits(pointer, person))
			return {
				speaker: person,
				description: null,
				confidence: 0.7,
				reason: `"${pointer.pronoun}" is the one reported before`,
			};
		const name = said.description && personNameIn(said.description);
		return name && !said.subject
			? {
					speaker: null,
					description: name,
					confidence: 0.7,
					reason: `"${pointer.pronoun}" is the one reported before`,
				}
			: undefined;
	}

	/**
	 * "Los firmantes dicen compartir esa visión, aunque reclaman que «…»": a plural verb with
	 * its subject unwritten shares its own sentence's plural subject, set before it.
	 */
	#pluralSubject(sentence: number, verb: string): Resolved | undefined {
		const subject = this.subjectOf(sentence);
		if (subject === undefined || subject === 'zero' || subject.speaker) return undefined;
		const plural = /^(?:los|las|unos|unas|ambos|ambas|varios|varias)\s/i;
		return subject.description && plural.test(subject.description)
			? { ...subject, confidence: 0.6, reason: `"${verb}" shares the plural subject before it` }
			: undefined;
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

	/**
	 * Who a pronoun or title can point back to: not someone its own sentence names further
	 * on ("the head of the Executive said she might talk with Trump": not Trump), unless the
	 * name stands right beside it, as an apposition does ("the president, Donald Trump,").
	 */
	#othersThan(mention: Mention, sentence: number): readonly Seen[] {
		const end = this.sentences[sentence]?.end ?? this.masked.length;
		const later = new Set<string>();
		// From the first mention after this one to the sentence's end, so a long paragraph is
		// not read again for each pronoun.
		for (
			let i = this.#firstFrom(mention.end);
			i < this.mentions.length && this.mentions[i]!.start < end;
			i++
		) {
			const other = this.mentions[i]!;
			if (!other.person) continue;
			const between = this.masked.slice(mention.end, other.start);
			if (!/^\s*,/.test(between) && (between.match(/\p{L}+/gu)?.length ?? 0) >= 3)
				later.add(other.person);
		}
		if (later.size === 0) return this.#memory.names.seen;
		return this.#memory.names.seen.filter((s) => !s.person || !later.has(s.person));
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

	/** What a sentence is about, resolved (see `sentenceSubject`): a person or a source, or `zero`. */
	subjectOf(sentence: number): Resolved | 'zero' | undefined {
		const range = this.sentences[sentence]!;
		const subject = sentenceSubject(this.reading(sentence), range);
		if (subject === undefined || subject === 'zero') return subject;
		// "Trump y Hegseth se reunieron. «…», dijo.": two people are the subject, and a verb
		// with its subject unwritten after them could be either's. No one, rather than a guess.
		if (subject.subject && this.#coordinated(subject.subject))
			return {
				speaker: null,
				description: null,
				confidence: 0.5,
				reason: 'the sentence before has two people for its subject',
			};
		const resolved = fromAttribution(subject, this.context(range.start));
		return carriesAsSubject(subject, resolved, this.lang) ? resolved : undefined;
	}

	/** The index of the first mention starting at or after `offset` (binary search: in order). */
	#firstFrom(offset: number): number {
		let low = 0;
		let high = this.mentions.length;
		while (low < high) {
			const mid = (low + high) >> 1;
			if (this.mentions[mid]!.start < offset) low = mid + 1;
			else high = mid;
		}
		return low;
	}

	/** Whether a mention is joined to a second person's by "y", "e" or "and" ("Trump y Hegseth"). */
	#coordinated(mention: Mention): boolean {
		const joined = /^\s+(?:y|e|and)\s+/iu.exec(this.masked.slice(mention.end, mention.end + 8));
		if (!joined) return false;
		const at = mention.end + joined[0].length;
		const next = this.mentions[this.#firstFrom(at)];
		return next?.start === at && next.person !== undefined && next.person !== mention.person;
	}

	/**
	 * A Spanish verb with its subject unwritten ("«…», dijo."): the subject the sentences before
	 * carry, past those that leave theirs unwritten too, within this block and then the ones
	 * before; else the one person the nearest sentences name. A plural is no one, but for a
	 * question ("le preguntaron"), whose askers the article leaves unnamed.
	 */
	implicit(offset: number, verb: string): Resolved | undefined {
		const sentence = this.sentenceOf(offset);
		if (plural.test(verb))
			return speechVerbOf(verb, this.lang)?.question
				? {
						speaker: null,
						description: 'unnamed questioner',
						confidence: 0.6,
						reason: `"${verb}" in the plural with no subject: people the article does not name`,
					}
				: this.#pluralSubject(sentence, verb);

		let misses = 0;
		for (let s = sentence; s >= 0 && misses < 3; s--) {
			const subject = this.subjectOf(s);
			if (subject !== undefined && subject !== 'zero') return subject;
			if (subject === undefined) misses++;
		}
		const carried =
			misses < 3 ? this.#memory.subjects.carriedSubject(this.block, 3 - misses) : undefined;
		return carried ?? pointBack(this.#memory.names.seen, () => true, this.block, sentence, verb);
	}
}
