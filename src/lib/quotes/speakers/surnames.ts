/**
 * The surnames a name may be cut to: its last word, and in a name of three words or more the
 * one before it too, a Spanish first surname ("Ruelas" of "Héctor Ruelas Amaya").
 */
export function surnamesOf(name: string): (readonly [string, string])[] {
	const words = name.split(' ');
	const first = words.at(-2);
	return words.length >= 3 && first && /^\p{Lu}\p{Ll}/u.test(first)
		? [
				[name, words.at(-1)!],
				[name, first],
			]
		: [[name, words.at(-1)!]];
}
