import type { Lang } from '../words/language.ts';
import type { SpeakerMemory } from './speaker-memory.ts';
import type { Resolved } from './speaker-resolution.ts';

/**
 * Who speaks an interview's line with no verb of its own (see `interviewLines` in
 * spans/block-spans.ts): a question is the interviewer's, an answer the one interviewed's.
 */
export function interviewRole(
	role: 'question' | 'answer',
	block: number,
	lang: Lang,
	read: readonly { interview?: 'question' | 'answer' }[],
	memory: SpeakerMemory,
): Resolved | undefined {
	if (role === 'question')
		return {
			speaker: null,
			description: lang === 'es' ? 'el entrevistador' : 'the interviewer',
			confidence: 0.6,
			reason: 'a question of an interview laid out as dialogue',
		};
	let first = block;
	while (first > 0 && read[first - 1]!.interview) first--;
	const guest = memory.interviewee(first);
	return guest && { ...guest, confidence: 0.6, reason: 'an answer of the one interviewed' };
}
