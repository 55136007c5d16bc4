/**
 * The speaker a paragraph that is only a quotation goes on with: the one who spoke last,
 * when the paragraphs since are about no one else ("“…,” he said. / He closed the laptop. /
 * “Nothing new.”"). Anyone else the narration makes a subject, or a quotation left without a
 * speaker, breaks the thread: two people could then say it, and no one is better than a guess.
 */
import type { Resolved } from './speaker-resolution.ts';

/** At most this many paragraphs between the speaker's quotation and the one carried. */
const REACH = 2;

const same = (a: Resolved, b: Resolved) =>
	a.speaker !== null ? a.speaker === b.speaker : a.description === b.description;

/** Who spoke last, and whether anyone else has come in since. */
export class SpeakerCarry {
	#last: { block: number; sentence: number; resolved: Resolved } | undefined;
	#broken = true;

	/** Notes a quotation's speaker; one left without a speaker breaks the thread. */
	quoted(block: number, sentence: number, resolved: Resolved): void {
		if (resolved.speaker || resolved.description) {
			this.#last = { block, sentence, resolved };
			this.#broken = false;
		} else this.#broken = true;
	}

	/** Notes a block's sentence subjects: someone else's, after the last quotation, breaks the thread. */
	subjects(block: number, subjects: readonly (Resolved | 'zero' | undefined)[]): void {
		const last = this.#last;
		if (!last) return;
		const from = block === last.block ? last.sentence + 1 : 0;
		for (const subject of subjects.slice(from))
			if (subject && subject !== 'zero' && (subject.speaker || subject.description))
				if (!same(subject, last.resolved)) this.#broken = true;
	}

	/** The speaker a quotation standing alone as paragraph `block` carries on from, if any. */
	carried(block: number): Resolved | undefined {
		const last = this.#last;
		if (!last || this.#broken || block - last.block > REACH + 1 || block === last.block)
			return undefined;
		return {
			...last.resolved,
			confidence: 0.5,
			reason: 'a paragraph of speech alone, after paragraphs about its last speaker only',
		};
	}
}
