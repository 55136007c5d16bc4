/**
 * Three readings of the block around a pronoun or title, before it is pointed back to the
 * people named before it (see `BlockReader.resolve`): the one whose words its clause places,
 * the one a speaking "he" or "she" carries on from, and who among those named it may not
 * point to.
 */
import { attributionBefore } from '../attribution/attribution.ts';
import type { BlockText } from '../reading/block-text.ts';
import type { Mention, MentionFinder } from '../reading/mentions.ts';
import { isPersonName, personNameIn } from '../reading/named-sources.ts';
import { possessorAntecedent } from '../reading/possessor-antecedent.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import type { SpeakerMemory } from './speaker-memory.ts';
import type { Resolved, Seen } from './speaker-resolution.ts';

/** A "he" or "she" whose words its clause places with someone named before it (see possessor-antecedent.ts). */
export function clauseOwner(
	block: BlockText,
	finder: MentionFinder,
	mention: Mention,
): Resolved | undefined {
	const pointer = mention.pointer;
	const owner =
		pointer?.pronoun === 'he' || pointer?.pronoun === 'she'
			? possessorAntecedent(block.masked, block.mentions, mention, (person) =>
					finder.fits(pointer, person),
				)
			: undefined;
	if (owner)
		return {
			speaker: owner,
			description: null,
			confidence: 0.75,
			reason: `"${pointer!.pronoun}" is the one whose words the clause places`,
		};
	return undefined;
}

/**
 * "Brennan said Ms Sheinbaum was on “a tightrope”. “…,” she said.": "he" or "she" speaking
 * carries on the one the sentence before reported, not someone named in what they reported.
 */
export function reporterBefore(
	block: BlockText,
	memory: SpeakerMemory,
	finder: MentionFinder,
	mention: Mention,
	sentence: number,
): Resolved | undefined {
	const pointer = mention.pointer!;
	if (pointer.pronoun !== 'he' && pointer.pronoun !== 'she') return undefined;
	const next = /^\s+(?:(?:also|then|later|has|had)\s+)?(\p{L}+)/u.exec(
		block.masked.slice(mention.end),
	);
	if (!next || !speechVerbOf(next[1]!, block.lang)) return undefined;
	const reason = `"${pointer.pronoun}" is the one reported before`;
	if (sentence === 0) {
		// The paragraph before's last subject, as sentenceSubject read it (a reporter first).
		const carried = memory.subjects.carriedSubject(block.block, 1);
		const fits = carried?.speaker
			? finder.fits(pointer, carried.speaker)
			: isPersonName(carried?.description ?? '');
		return carried && fits ? { ...carried, confidence: 0.6, reason } : undefined;
	}
	const before = block.reading(sentence - 1);
	const said = attributionBefore(before, before.sentence, true);
	if (!said || !speechVerbOf(said.verb, block.lang)) return undefined;
	const person = said.subject?.person;
	if (person && finder.fits(pointer, person))
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
 * Who a pronoun or title can point back to: not someone its own sentence names further
 * on ("the head of the Executive said she might talk with Trump": not Trump), unless the
 * name stands right beside it, as an apposition does ("the president, Donald Trump,").
 */
export function othersThan(
	block: BlockText,
	memory: SpeakerMemory,
	mention: Mention,
	sentence: number,
): readonly Seen[] {
	const end = block.sentences[sentence]?.end ?? block.masked.length;
	const later = new Set<string>();
	// From the first mention after this one to the sentence's end, so a long paragraph is
	// not read again for each pronoun.
	for (
		let i = block.firstFrom(mention.end);
		i < block.mentions.length && block.mentions[i]!.start < end;
		i++
	) {
		const other = block.mentions[i]!;
		if (!other.person) continue;
		const between = block.masked.slice(mention.end, other.start);
		if (!/^\s*,/.test(between) && (between.match(/\p{L}+/gu)?.length ?? 0) >= 3)
			later.add(other.person);
	}
	if (later.size === 0) return memory.names.seen;
	return memory.names.seen.filter((s) => !s.person || !later.has(s.person));
}
