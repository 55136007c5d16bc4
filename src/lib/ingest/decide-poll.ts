/**
 * A reader poll pasted with the page: a question, its answers a word or a few each ("Sí", "No",
 * "No sabe"), the button that sends the vote, and at times the box's title above. The
 * question reads as a sentence, and an article may well ask one, so no cue removes it alone:
 * only the whole shape, answers and button below it, names it the page's.
 */
import { type LineDecisions, nextLine } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { pollButton, pollTitle } from './vocabulary/index.ts';

/** A poll offers two answers or more, and rarely more than six. */
const [minAnswers, maxAnswers] = [2, 6];
/** An answer is short and closes like no sentence. */
const isAnswer = (line: string) => words(line).length <= 4 && !/[.!?:;,]["'”’»)]?$/.test(line);

/** Removes each poll: its title, question, answers and button. */
export function removePolls(state: LineDecisions): void {
	const { trimmed, decisions, ruled } = state;
	trimmed.forEach((line, button) => {
		if (!pollButton.test(line)) return;
		const answers: number[] = [];
		let question = nextLine(trimmed, button, -1);
		while (question >= 0 && isAnswer(trimmed[question]!) && answers.length <= maxAnswers) {
			answers.push(question);
			question = nextLine(trimmed, question, -1);
		}
		if (answers.length < minAnswers || answers.length > maxAnswers) return;
		if (question < 0 || !/\?["'”’»)]?$/.test(trimmed[question]!)) return;
		const title = nextLine(trimmed, question, -1);
		const box = [question, ...answers, button];
		if (title >= 0 && pollTitle.test(trimmed[title]!)) box.unshift(title);
		for (const i of box)
			if (!ruled.has(i))
				// The vote button is the interface's own word, and the answers under the question
				// fit it: the evidence is strong (content-safety.ts).
				decisions.set(i, {
					action: 'remove',
					strong: true,
					reason: 'a reader poll: its question, answers and vote button',
				});
	});
}
