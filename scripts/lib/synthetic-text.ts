/**
 * Varied text built from real text, for benchmarks at sizes the site has not reached yet.
 * Deterministic: the same seed gives the same corpus, so runs compare.
 */

/** A small, fast, seeded generator (mulberry32): uniform floats in [0, 1). */
export function randomFrom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const syllables =
	'ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go la le li lo lu ma me mi mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo'.split(
		' ',
	);

/**
 * Rewrites real sentences so a large corpus is not copies: some words swapped for words
 * drawn from the whole real text (so common words stay common), some for new coinages
 * (so the vocabulary keeps growing, as real coverage's does), and numbers changed.
 */
export class TextVariator {
	readonly #random: () => number;
	readonly #words: string[];
	readonly #coined: string[] = [];

	constructor(realText: readonly string[], seed: number) {
		this.#random = randomFrom(seed);
		this.#words = realText.flatMap((text) => text.match(/\p{L}[\p{L}'-]*/gu) ?? []);
		if (this.#words.length === 0) throw new Error('synthetic text needs some real words');
	}

	/** A number in [0, n). */
	pick(n: number): number {
		return Math.floor(this.#random() * n);
	}

	/** A new word, or (mostly) one coined before: names and terms recur across stories. */
	coin(): string {
		if (this.#coined.length > 0 && this.#random() < 0.7)
			return this.#coined[this.pick(this.#coined.length)]!;
		const word = Array.from(
			{ length: 2 + this.pick(3) },
			() => syllables[this.pick(syllables.length)],
		).join('');
		this.#coined.push(word);
		return word;
	}

	/** `text` with about a quarter of its words changed and its numbers altered. */
	vary(text: string): string {
		return text.replace(/\p{L}[\p{L}'-]*|\d[\d,.]*/gu, (word) => {
			if (/^\d/.test(word)) return this.#random() < 0.5 ? String(1 + this.pick(2000)) : word;
			const roll = this.#random();
			if (roll < 0.2) return this.#words[this.pick(this.#words.length)]!;
			if (roll < 0.25) return this.coin();
			return word;
		});
	}
}
