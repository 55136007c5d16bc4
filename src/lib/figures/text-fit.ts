/**
 * Fitting text into a figure drawn at build time, where nothing can measure it: widths are
 * estimated from the character count (system sans faces average about 0.56 em a character,
 * less for lighter weights), erring on the short side so a label never runs into the next.
 */

/** How many characters of text at `fontSize` fit in `width`, by the average above. */
export function charsThatFit(width: number, fontSize: number, average = 0.56): number {
	return Math.max(1, Math.floor(width / (fontSize * average)));
}

/** `text` cut at a word to `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
	const clean = text.replace(/\s+/g, ' ').trim();
	if (clean.length <= max) return clean;
	const cut = clean.slice(0, Math.max(1, max - 1));
	const atWord = cut.lastIndexOf(' ');
	return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** `text` broken at spaces into at most `lines` lines of `max` characters; the last cut if need be. */
export function wrapLines(text: string, max: number, lines = 2): string[] {
	const out: string[] = [];
	let words = text.replace(/\s+/g, ' ').trim().split(' ');
	while (words.length > 0 && out.length < lines) {
		if (out.length === lines - 1) {
			out.push(truncate(words.join(' '), max));
			break;
		}
		let line = words[0]!;
		let used = 1;
		while (used < words.length && `${line} ${words[used]}`.length <= max) {
			line = `${line} ${words[used]}`;
			used += 1;
		}
		out.push(truncate(line, max));
		words = words.slice(used);
	}
	return out;
}
