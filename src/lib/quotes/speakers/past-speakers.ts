import type { Resolved } from './speaker-resolution.ts';

/**
 * Who has spoken so far: the last speaker (for "the statement said", and first-person words
 * that nothing attributes) and every source described who spoke, with the words the text
 * calls them by (for "el exministro" paragraphs on). Part of `SpeakerMemory`.
 */
export class PastSpeakers {
	#last: { block: number; resolved: Resolved } | undefined;
	/**
	 * Every source described who spoke, in order, with the words the block calls them by (a
	 * title before the name: "El exministro Raúl Ortiz"), for "el exministro" paragraphs on.
	 */
	readonly #described: { block: number; resolved: Resolved; called: string }[] = [];
	/** Each block's narration, as noted. */
	readonly #texts: string[] = [];

	/** Remembers a block's narration, where a described speaker's title is read. */
	noteNarration(block: number, text: string): void {
		this.#texts[block] = text;
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
