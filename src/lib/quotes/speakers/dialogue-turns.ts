/**
 * Turns of dialogue: the line after a question is its answer, and the one who asked does not
 * answer. "—¿Le preocupa…? —le preguntó un reportero. / —Me preocupa la defensa —dijo entre
 * risas—": the unwritten subject of "dijo" is not the reporter the sentence before names,
 * but the one the question was put to.
 */
import type { Resolved } from './speaker-resolution.ts';
import { unattributed } from './speaker-resolution.ts';

/** A question asked in a quotation, by whom and of whom (when the text before tells). */
interface Question {
	block: number;
	asker: Resolved;
	asked: Resolved | undefined;
}

const same = (a: Resolved, b: Resolved) =>
	a.speaker !== null ? a.speaker === b.speaker : a.description === b.description;

/** The questions of an article's dialogue, block by block, and who answers each. */
export class DialogueTurns {
	#question: Question | undefined;

	/**
	 * Notes a quotation and its speaker: a question when it ends in "?" and someone asks it;
	 * `asked` is who the text was about before it, the one it is put to.
	 */
	note(block: number, text: string, speaker: Resolved, asked: () => Resolved | undefined): void {
		if (!/\?\s*$/.test(text) || !(speaker.speaker || speaker.description)) return;
		const about = asked();
		this.#question = {
			block,
			asker: speaker,
			asked: about && !same(about, speaker) ? about : undefined,
		};
	}

	/**
	 * The speaker of a line of dialogue right after a question, whose verb has no subject
	 * written: not the asker, whom the sentence before names, but the one asked; no one when
	 * the text does not say who that is.
	 */
	answer(block: number, resolved: Resolved): Resolved {
		const question = this.#question;
		if (!question || question.block !== block - 1 || !same(question.asker, resolved))
			return resolved;
		if (question.asked)
			return { ...question.asked, confidence: 0.6, reason: 'answers the question put to them' };
		return {
			...unattributed,
			confidence: 0.5,
			reason: 'answers a question; who was asked is unsaid',
		};
	}
}
