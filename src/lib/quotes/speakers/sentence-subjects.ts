import type { Resolved } from './speaker-resolution.ts';

/**
 * What each sentence of the blocks read so far is about (see `sentenceSubject`), for a verb
 * that leaves its subject unwritten at the start of a later block. Part of `SpeakerMemory`.
 */
export class SentenceSubjects {
	/** Each sentence's subject, block by block. */
	readonly #subjects: (Resolved | 'zero' | undefined)[][] = [];

	/** Remembers what each sentence of a block is about. */
	noteSubjects(block: number, subjects: (Resolved | 'zero' | undefined)[]): void {
		this.#subjects[block] = subjects;
	}

	/** The subjects noted for a block's sentences, in order (none for a block not read). */
	inBlock(block: number): readonly (Resolved | 'zero' | undefined)[] {
		return this.#subjects[block] ?? [];
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
}
