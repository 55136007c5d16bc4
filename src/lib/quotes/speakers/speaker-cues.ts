import type { Resolved } from './speaker-resolution.ts';

/**
 * Who the text has cued to speak next: the one a question was put to ("preguntó a Rubio si…",
 * answered by "—…—contestó el secretario"), and the one a block's last sentence introduces
 * ("Sheinbaum said:"), for the block after. Part of `SpeakerMemory`.
 */
export class SpeakerCues {
	#introduced: { block: number; resolved: Resolved; colon: boolean } | undefined;
	#asked: { block: number; person: string } | undefined;

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
}
