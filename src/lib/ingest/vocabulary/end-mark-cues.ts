/**
 * The marks a text closes with, as its publisher sets them: whatever stands below one on a
 * pasted page is the page's (its footer, contact box, sign-up pitch), not the text's. Kept
 * apart from the interface cues because a mark decides the lines after it, not itself. Each
 * pattern matches a whole trimmed line, case-insensitively.
 */
export const endMarks: readonly RegExp[] = [
	// "###": the line a press release closes with, as the distribution services set it.
	/^#{3,}$/,
	// "+++++": the run of plus signs a government's stenographic version closes a transcript
	// with. ("* * *" is left out: inside an article it breaks a section.)
	/^\+{3,}$/,
	// "-30-", "- 30 -": a newsroom's and a press office's old end-of-copy mark.
	/^-\s*30\s*-$/,
	// "END", "FIN", "(END)", "(Fin)": a broadcast transcript's or a wire's last line.
	/^\(?(?:end|fin)\)?$/i,
	// "Fin de la nota", "Fin del comunicado", "End of transcript": a press summary's or a
	// release's spelled-out close.
	/^(?:fin del? (?:la )?(?:nota|comunicado|texto|documento|transcripci[oó]n)|end of (?:the )?(?:release|transcript|story|text))\.?$/i,
];

/** Whether a line is one of the marks a text closes with. */
export function isEndMark(line: string): boolean {
	return endMarks.some((mark) => mark.test(line));
}
