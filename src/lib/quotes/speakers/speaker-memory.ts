import { mayBeAntecedent } from '../reading/possessor-antecedent.ts';
import type { Mention } from '../reading/mentions.ts';
import type { NamedSource } from '../reading/named-sources.ts';
import type { Resolved, Seen } from './speaker-resolution.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';
import { surnamesOf } from './surnames.ts';

/**
 * What the finder remembers of an article as it reads it, block by block: who was named
 * where (for pronouns, titles and unwritten subjects), which outlets (for "the network",
 * "el rotativo"), and who spoke last (for "the statement said").
 */
export class SpeakerMemory {
	readonly seen: Seen[] = [];
	readonly #outlets: { block: number; at: number; name: string }[] = [];
	/** Every person named so far that people.yaml does not know, in order. */
	readonly #names: string[] = [];
	#last: { block: number; resolved: Resolved } | undefined;
	/**
	 * Every source described who spoke, in order, with the words the block calls them by (a
	 * title before the name: "El exministro Raúl Ortiz"), for "el exministro" paragraphs on.
	 */
	readonly #described: { block: number; resolved: Resolved; called: string }[] = [];
	/** Each block's narration, as noted. */
	readonly #texts: string[] = [];
	#introduced: { block: number; resolved: Resolved; colon: boolean } | undefined;
	#asked: { block: number; person: string } | undefined;
	/** Each sentence's subject, block by block, for a verb that leaves its subject unwritten. */
	readonly #subjects: (Resolved | 'zero' | undefined)[][] = [];

	/** The names in `#names`, for a constant-time check. */
	readonly #nameSet = new Set<string>();
	/** The earliest offset noted for each block, sentence and person or name. */
	readonly #earliest = new Map<string, number>();

	/** Adds someone named in a sentence, once (again only when named earlier in that sentence). */
	note(entry: Seen): void {
		if (entry.name && !this.#nameSet.has(entry.name)) {
			this.#nameSet.add(entry.name);
			this.#names.push(entry.name);
		}
		// A map of the earliest offset rather than a scan of everything seen: a scan per name
		// made a long article's reading quadratic.
		const key = JSON.stringify([entry.block, entry.sentence, entry.person, entry.name]);
		const at = entry.at ?? 0;
		const earliest = this.#earliest.get(key);
		if (earliest !== undefined && earliest <= at) return;
		this.#earliest.set(key, at);
		this.seen.push(entry);
	}

	/**
	 * Adds the names a block's narration gives that people.yaml does not know, and the
	 * surnames of names met before ("Lozano said", after "Sheriff Arturo Lozano"; "Ruelas",
	 * after "Héctor Ruelas Amaya").
	 */
	noteNamed(
		block: number,
		text: string,
		named: readonly NamedSource[],
		sentenceOf: (at: number) => number,
	) {
		this.#texts[block] = text;
		for (const [name, surname] of this.#names.flatMap(surnamesOf))
			for (const match of text.matchAll(
				new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu'),
			))
				if (!named.some((n) => n.start <= match.index && n.end >= match.index))
					this.note({ block, sentence: sentenceOf(match.index), at: match.index, name });
		for (const source of named)
			if (source.kind === 'outlet')
				this.#outlets.push({ block, at: source.start, name: source.name });
			else
				this.note({
					block,
					sentence: sentenceOf(source.start),
					at: source.start,
					name: source.name,
				});
	}

	/** A person or outlet named before whose name holds every word of `short` ("NBC" → "NBC News"). */
	fullName(short: string): string | undefined {
		const words = short.toLowerCase().split(/\s+/);
		return [...this.#outlets.map((o) => o.name), ...this.#names].findLast((name) => {
			const whole = name.toLowerCase().split(/\s+/);
			return whole.length > words.length && words.every((word) => whole.includes(word));
		});
	}

	/** The outlet named last before `at` in `block`. */
	lastOutlet(block: number, at: number): string | undefined {
		return this.#outlets.findLast((o) => o.block < block || (o.block === block && o.at < at))?.name;
	}

	/** Remembers who spoke, for a statement that speaks for them later. */
	spoke(block: number, resolved: Resolved): void {
		if (resolved.speaker || resolved.description) this.#last = { block, resolved };
		if (!resolved.speaker && resolved.description)
			this.#described.push({
				block,
				resolved,
				called: calledBy(this.#texts[block] ?? '', resolved.description),
			});
	}

	/**
	 * The nearest source described, within the six blocks before, whose description holds
	 * `noun`: "—sostuvo el exministro" after "El exministro del Interior Fausto Cevallos opinó
	 * que «…»", with someone else quoted between.
	 */
	describedAs(noun: string, block: number): Resolved | undefined {
		for (const { block: at, resolved, called } of this.#described.toReversed()) {
			if (block - at > 6) return undefined;
			if (holdsNoun(called, noun)) return resolved;
		}
		return undefined;
	}

	/** The last speaker, within the two blocks before. */
	lastSpeaker(block: number): Resolved | undefined {
		return this.#last && block - this.#last.block <= 2 ? this.#last.resolved : undefined;
	}

	/**
	 * The speaker of the last quotation of the block before, for words in the first person
	 * that nothing attributes ("…, “pero no corremos el riesgo de que nos invadan”" after a
	 * paragraph of Sheinbaum's words).
	 */
	speakingOn(block: number): Resolved | undefined {
		if (this.#last?.block !== block - 1) return undefined;
		return {
			...this.#last.resolved,
			confidence: 0.5,
			reason: 'words in the first person after the paragraph before’s speaker',
		};
	}

	/**
	 * Remembers who a question was put to ("una periodista preguntó a Rubio si…", "asked
	 * Rubio whether…"): the one who answers it next ("—…—contestó el secretario").
	 */
	asked(block: number, person: string): void {
		this.#asked = { block, person };
	}

	/** Who the last question was put to, within the two blocks before (or this one). */
	askedLast(block: number): Resolved | undefined {
		const asked = this.#asked;
		if (!asked || block - asked.block > 2) return undefined;
		return {
			speaker: asked.person,
			description: null,
			confidence: 0.7,
			reason: 'answers the question put to them',
		};
	}

	/** Remembers what each sentence of a block is about (see `sentenceSubject`). */
	noteSubjects(block: number, subjects: (Resolved | 'zero' | undefined)[]): void {
		this.#subjects[block] = subjects;
	}

	/**
	 * The subject carried from the sentences before `block`, nearest first, past sentences that
	 * leave theirs unwritten or are quotations alone; `misses` sentences about no one end the
	 * search, and so does the twelfth sentence.
	 */
	carriedSubject(block: number, misses: number): Resolved | undefined {
		let looked = 0;
		for (let b = block - 1; b >= 0 && misses > 0 && looked < 12; b--)
			for (const subject of (this.#subjects[b] ?? []).toReversed()) {
				if (subject !== undefined && subject !== 'zero') return subject;
				if (subject === undefined && --misses <= 0) return undefined;
				if (++looked >= 12) return undefined;
			}
		return undefined;
	}

	/**
	 * The one an interview that opens at `block` is with: in the nearest of the three
	 * paragraphs before it that names anyone, the first sentence's subject, or else the first
	 * person named ("La diplomática Elena Robles representó a México…. Hablamos con ella…").
	 */
	interviewee(block: number): Resolved | undefined {
		for (let b = block - 1; b >= 0 && b >= block - 3; b--) {
			for (const subject of this.#subjects[b] ?? [])
				if (subject && subject !== 'zero' && (subject.speaker || subject.description))
					return subject;
			// A subject the grammar did not find: the first person the paragraph names.
			const first = this.seen
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

	/** Remembers who a block's last sentence introduces as speaking next, and if it ends in ":". */
	introduce(block: number, resolved: Resolved, colon: boolean): void {
		if (resolved.speaker || resolved.description) this.#introduced = { block, resolved, colon };
	}

	/**
	 * Who the block before introduced, for a block that opens with speech: after a colon
	 * ("Sheinbaum said:"), or when the block is speech alone (a line of dialogue, a paragraph
	 * that is one quotation), or when nothing in the quotation's sentence attributes it (no
	 * verb of speech at all): after "… y señaló que México prefiere cooperar", a paragraph
	 * opening with more of her words (an embedded post of hers, cut short). A verb whose
	 * subject was not found ("“…,” wrote a columnist") is someone else, so not then.
	 */
	introducing(block: number, speechAlone: boolean, unattributed: boolean): Resolved | undefined {
		const intro = this.#introduced;
		if (!intro || intro.block !== block - 1 || !(intro.colon || speechAlone || unattributed))
			return undefined;
		return { ...intro.resolved, confidence: 0.6, reason: 'introduced by the paragraph before' };
	}

	/**
	 * A function that adds the names (and resolved pronouns) of a block, up to an offset, to
	 * what later pronouns can look back to. Names inside quotations are masked out: the person
	 * addressed ("No, President Trump") is not the person speaking.
	 */
	recorder(
		mentions: readonly Mention[],
		text: string,
		block: number,
		sentenceOf: (offset: number) => number,
		resolve: (mention: Mention, at: number) => Resolved | undefined,
	): (until: number) => void {
		let next = 0;
		return (until) => {
			for (; next < mentions.length && mentions[next]!.start < until; next++) {
				const mention = mentions[next]!;
				if (!mayBeAntecedent(mention, text)) continue;
				const resolved = mention.person ? undefined : resolve(mention, mention.start);
				const person = mention.person ?? resolved?.speaker ?? undefined;
				const name = resolved?.description ?? undefined;
				const sentence = sentenceOf(mention.start);
				const at = mention.start;
				if (person) this.note({ block, sentence, at, person, owner: mention.possessive });
				else if (name) this.note({ block, sentence, at, name });
			}
		};
	}
}

/** Whether a description holds a noun, or its plural ("one of the officials" for "the official"). */
export function holdsNoun(description: string, noun: string): boolean {
	const lower = noun.toLowerCase();
	const words = description.toLowerCase().match(/\p{L}+/gu) ?? [];
	return words.some((word) => word === lower || word === `${lower}s` || word === `${lower}es`);
}

/** A description with the words its clause gives before it: "El exministro Raúl Ortiz". */
function calledBy(text: string, description: string): string {
	const at = text.indexOf(description);
	if (at < 0) return description;
	const lead = text.slice(Math.max(0, at - 80), at);
	return `${lead.slice(Math.max(...[...'.,;:«“"'].map((mark) => lead.lastIndexOf(mark))) + 1)}${description}`;
}
