import { type Attribution, canSpeak } from './attribution.ts';
import type { Mention, MentionFinder } from './mentions.ts';

export interface Resolved {
	speaker: string | null;
	description: string | null;
	confidence: number;
	reason: string;
}

export const unattributed: Resolved = {
	speaker: null,
	description: null,
	confidence: 0.4,
	reason: 'no attribution',
};

/** Where a resolved name was seen, for pronouns and titles to look back to. */
export interface Seen {
	block: number;
	sentence: number;
	person: string;
}

export function fromAttribution(
	attribution: Attribution,
	resolve: (mention: Mention) => Resolved | undefined,
): Resolved {
	if (attribution.subject) {
		const resolved = resolve(attribution.subject);
		if (resolved)
			return { ...resolved, reason: `${resolved.reason}, beside "${attribution.verb}"` };
		return {
			...unattributed,
			confidence: 0.5,
			reason: `"${attribution.verb}" has a subject that cannot be resolved unambiguously`,
		};
	}
	if (attribution.description)
		return {
			speaker: null,
			description: attribution.description,
			confidence: 0.8,
			reason: `unnamed speaker beside "${attribution.verb}"`,
		};
	return {
		...unattributed,
		confidence: 0.5,
		reason: `"${attribution.verb}" with no subject found`,
	};
}

/** Names resolve directly; "she" and "the president" to the one fitting person named last. */
export function resolveMention(
	mention: Mention,
	finder: MentionFinder,
	seen: readonly Seen[],
	block: number,
	sentence: number,
): Resolved | undefined {
	if (mention.person)
		return { speaker: mention.person, description: null, confidence: 0.9, reason: 'named' };
	const pointer = mention.pointer;
	if (!pointer || pointer.pronoun === 'i') return undefined;
	const word = pointer.title ?? pointer.pronoun;
	const earlier = seen.filter(
		(s) => s.block < block || (s.block === block && s.sentence <= sentence),
	);
	const groups: Seen[][] = [];
	for (const s of earlier.toReversed()) {
		const last = groups.at(-1);
		if (last && last[0]!.block === s.block && last[0]!.sentence === s.sentence) last.push(s);
		else groups.push([s]);
	}
	// The last three sentences that name anyone, nearest first: the first with someone who
	// fits decides, and two who fit make it a guess. Further back, "he" is a guess too.
	for (const [distance, group] of groups.slice(0, 3).entries()) {
		const fitting = new Set(
			group.filter((s) => finder.fits(pointer, s.person)).map((s) => s.person),
		);
		if (fitting.size === 0) continue;
		if (fitting.size > 1) return undefined;
		const [speaker] = fitting;
		return {
			speaker: speaker!,
			description: null,
			confidence: distance < 2 ? 0.75 : 0.6,
			reason: `"${word}" resolved to the person last named`,
		};
	}
	return undefined;
}

/**
 * Returns a function that adds the names (and resolved pronouns) of a block, up to an offset,
 * to what later pronouns can look back to. Names inside quotations are masked out: the
 * person addressed ("No, President Trump") is not the person speaking.
 */
export function mentionRecorder(
	mentions: readonly Mention[],
	text: string,
	seen: Seen[],
	block: number,
	sentenceOf: (offset: number) => number,
	resolve: (mention: Mention, at: number) => Resolved | undefined,
): (until: number) => void {
	let next = 0;
	return (until) => {
		for (; next < mentions.length && mentions[next]!.start < until; next++) {
			const mention = mentions[next]!;
			if (!canSpeak(mention, text)) continue;
			const person = mention.person ?? resolve(mention, mention.start)?.speaker;
			const sentence = sentenceOf(mention.start);
			if (
				person &&
				!seen.some((s) => s.block === block && s.sentence === sentence && s.person === person)
			)
				seen.push({ block, sentence, person });
		}
	};
}
