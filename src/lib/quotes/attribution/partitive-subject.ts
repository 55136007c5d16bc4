/**
 * "One of them", "uno de ellos" as a speech verb's subject: one of the group the text named
 * last ("two fund managers … One of them described the mood as “…”"), kept as "one of two
 * fund managers"; a description even when no group is found, since it is not whoever spoke
 * before.
 */
import type { Attribution, Reading } from '../reading/reading.ts';
import type { Word } from '../reading/sentences.ts';
import { personNouns } from '../words/source-words.ts';

const partitive = /^(?:one|uno|una)\s+(?:of|de)\s+(?:them|ellos|ellas)$/i;
const counted =
	/^(?:two|three|four|five|several|some|dos|tres|cuatro|cinco|varios|varias|algunos|algunas)$/i;

/**
 * Whether a plural word after a number is a noun for people: "managers", "people",
 * "funcionarios", or by an agent's ending, "traders", "inversionistas".
 */
function people(word: string): boolean {
	const lower = word.toLowerCase();
	return (
		/^(?:people|personas)$/.test(lower) ||
		/(?:ers|ors|ists|ants|ents|ores|oras|istas|antes|entes|arios|arias|eros|eras)$/.test(lower) ||
		(/s$/.test(lower) && (personNouns.has(lower) || personNouns.has(lower.slice(0, -1))))
	);
}

/** The partitive subject of `words[verb]` opening at `words[first]`, with its group when named. */
export function partitiveSubject(
	reading: Reading,
	words: readonly Word[],
	first: number,
	verb: number,
	said: string,
): Attribution | undefined {
	if (first < 0 || verb - first !== 3) return undefined;
	const phrase = reading.text.slice(words[first]!.start, words[verb - 1]!.end);
	if (!partitive.test(phrase)) return undefined;
	const before = reading.text.slice(0, words[first]!.start);
	const all = [...before.matchAll(/[\p{L}-]+/gu)];
	for (let i = all.length - 1; i >= 0; i--) {
		if (!counted.test(all[i]![0])) continue;
		const group = all.slice(i + 1, i + 5).findIndex((m) => people(m[0]));
		if (group < 0) continue;
		const end = all[i + 1 + group]!;
		const named = before.slice(all[i]!.index, end.index + end[0].length);
		const one = phrase.split(/\s+/).slice(0, 2).join(' ');
		return { verb: said, description: `${one} ${named}` };
	}
	return { verb: said, description: phrase };
}
