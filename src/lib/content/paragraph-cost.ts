/**
 * The look-back work micromark does inside one paragraph, estimated without parsing: see
 * parse-cost.ts. A paragraph is one text flow to micromark, and its look-backs never cross one.
 */

/** Marks whose every occurrence may walk back over the whole paragraph. */
const heavyMarks = new Set(['*', '_', '~']);
/** Marks that end a run of text, which micromark then merges by a splice of the paragraph's events. */
const lightMarks = new Set(['&', '<', '`', '!', '@', ':', '[', ']', '\\', '\n']);
/**
 * A light mark's weight against a heavy one. Measured, a light mark costs 1/5 to 1/100 of a
 * heavy one; the limits are checked against the slowest shapes in tests/unit/article-work.test.ts.
 */
const lightWeight = 1 / 16;
/** A link destination that holds nothing a `]` or `[` could hide in: `(https://x.org/a)`. */
const simpleDestination = /\([^\s()<>"'\\[\]`]*\)/y;

/**
 * The look-back work of one paragraph, in steps of about one character:
 * - emphasis: each unescaped `*`, `_` or `~` may walk back over the whole paragraph to find its
 *   opener and then splice its events (`'a*'` repeated 20,000 times: 5 s);
 * - every other mark ends a run of text that is merged by a splice of the paragraph's events
 *   (`'[a] '`, `'a&b*'` repeated): counted as a fraction of the paragraph each;
 * - each `]` walks back to the last `[` for a GFM footnote call (`'a] '` repeated 50,000 times:
 *   over 20 s): counted as the distance to the last `[` that surely opened a label;
 * - while a `[` may be open, each word walks back to it for GFM autolinks (`'[ '` then 20,000
 *   words: 2 s): counted as the distance to the oldest `[` not surely closed.
 */
export function paragraphWork(text: string): { work: number; marks: number } {
	let heavy = 0;
	let light = 0;
	let walks = 0;
	/** Where each `[` that may still be open stands (code spans and HTML can hide a `]`). */
	const open: number[] = [];
	let lastLabel = 0;
	// Until a code span, HTML or an unusual link destination, a `]` surely closes the last `[`.
	let sure = true;
	let inAddress = false;
	let backslashes = 0;
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		const escaped = backslashes % 2 === 1;
		backslashes = char === '\\' ? backslashes + 1 : 0;
		if (char === ' ' || char === '\t' || char === '\n') inAddress = false;
		if (!escaped) {
			if (heavyMarks.has(char)) heavy++;
			else if (lightMarks.has(char)) light++;
			if (char === '`' || (char === '<' && /[A-Za-z/!?]/.test(text[i + 1] ?? ''))) sure = false;
			else if (char === '[') {
				open.push(i);
				if (sure && !inAddress) lastLabel = i;
			} else if (char === ']') {
				walks += i - lastLabel;
				if (sure && !inAddress) open.pop();
				simpleDestination.lastIndex = i + 1;
				if (text[i + 1] === '(' && !simpleDestination.test(text)) sure = false;
			}
		}
		// After `http:` or `www.`, to the end of the word, brackets may belong to an autolink.
		if (char === ':') inAddress = true;
		if ((char === 'w' || char === 'W') && text.slice(i, i + 4).toLowerCase() === 'www.') {
			inAddress = true;
			light++;
		}
		if (open.length > 0 && autolinkSite(text, i)) walks += i - open[0]!;
	}
	return { work: walks + text.length * (heavy + light * lightWeight), marks: heavy + light };
}

/** Where GFM tries an autolink (email, `www.`, `http`) and so looks back for an open `[`. */
function autolinkSite(text: string, i: number): boolean {
	const char = text.charCodeAt(i);
	const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
	if (isAtext(char) && !isAtext(before) && before !== 0x2f) return true;
	// h, H, w, W after anything but a letter.
	return (char === 0x68 || char === 0x48 || char === 0x77 || char === 0x57) && !isAlpha(before);
}

function isAlpha(code: number): boolean {
	return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Letters, digits and `+ - . _`: what GFM email autolinks are made of. */
function isAtext(code: number): boolean {
	return (
		isAlpha(code) ||
		(code >= 0x30 && code <= 0x39) ||
		code === 0x2b ||
		code === 0x2d ||
		code === 0x2e ||
		code === 0x5f
	);
}
