import { mayBeAntecedent } from '../reading/possessor-antecedent.ts';
import type { Mention } from '../reading/mentions.ts';
import type { NamedSource } from '../reading/named-sources.ts';
import type { Resolved, Seen } from './speaker-resolution.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';
import { surnamesOf } from './surnames.ts';

/**
 * Who the article has named so far, and where, for pronouns, titles and unwritten subjects to
 * look back to; and which outlets, for "the network", "el rotativo" and a short name ("NBC").
 * Part of `SpeakerMemory`.
 */
export class NamesSeen {
	readonly seen: Seen[] = [];
	readonly #outlets: { block: number; at: number; name: string }[] = [];
	/** Every person named so far that people.yaml does not know, in order. */
	readonly #names: string[] = [];
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
