import { lineNesting } from '../../markdown/markdown-text.ts';
import { paragraphWork } from './paragraph-cost.ts';

/**
 * The work the Markdown parser (micromark with GFM, as remark and Astro run it) would do on a
 * body, estimated in one pass without parsing. micromark spends tens of microseconds on every
 * block it opens, and some of its steps look back over what it has read, so on some inputs its
 * time grows with the square of a paragraph or of the whole body. The counts below bound both;
 * under the limits in limits.ts a body parses in time linear in its size.
 */
export interface ParseCost {
	/**
	 * Lines, weighed by what the parser spends on them: one that may open a block counts 1,
	 * one that continues a paragraph 1/4, a blank one 1/8 (`weight`).
	 */
	lines: { weight: number; opening: number; continuing: number; blank: number };
	/** Look-back inside paragraphs, summed over them, and the paragraph that does the most. */
	text: { work: number; line: number; marks: number; length: number };
	/** Look-back over the whole body, and the lines that cause it (the first on body line `line`). */
	flow: { work: number; line: number; count: number };
}

const lineBreak = /\r\n|\r|\n/;
const blank = /^[ \t]*$/;
/** A line's block quote markers, each with the one space that belongs to it. */
const quoteMarkers = /^(?: {0,3}>[ \t]?)*/;
/** Lines that end the paragraph before them: a bullet item (which may interrupt one) or a heading. */
const interrupts = /^ {0,3}(?:[-*+][ \t]+\S|#{1,6}(?:[ \t]|$))/;
/** An ATX heading: the paragraph it ends is followed by a new one. */
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** Setext underlines, thematic breaks and empty list items. */
const rules = /^(?:[-=*_+][ \t]*)+$/;
/** Characters a line that opens a block (rather than continuing a paragraph) may start with. */
const blockStart = /^[#>\-*+|<[=_~`\d]/;

/** Estimates a body's parse cost; body lines are numbered from 1 as in other body messages. */
export function parseCost(markdown: string): ParseCost {
	const cost: ParseCost = {
		lines: { weight: 0, opening: 0, continuing: 0, blank: 0 },
		text: { work: 0, line: 0, marks: 0, length: 0 },
		flow: { work: 0, line: 0, count: 0 },
	};
	let paragraph: string[] = [];
	let paragraphLine = 0;
	let heaviest = -1;
	let bracketLines = 0;
	const endParagraph = () => {
		if (paragraph.length === 0) return;
		const text = paragraph.join('\n');
		const { work, marks } = paragraphWork(text);
		cost.text.work += work;
		if (work > heaviest) {
			heaviest = work;
			Object.assign(cost.text, { line: paragraphLine, marks, length: text.length });
		}
		paragraph = [];
	};
	const { lines } = cost;
	for (const [index, line] of markdown.split(lineBreak).entries()) {
		if (blank.test(line)) {
			lines.blank++;
			endParagraph();
			continue;
		}
		const content = line.replace(quoteMarkers, '');
		const trimmed = content.trim();
		const nesting = lineNesting(line);
		if (interrupts.test(content)) endParagraph();
		const opens =
			paragraph.length === 0 ||
			nesting > 0 ||
			blockStart.test(line.trimStart()) ||
			line.includes('|');
		if (opens) lines.opening++;
		else lines.continuing++;
		if (paragraph.length === 0) paragraphLine = index + 1;
		paragraph.push(line);
		if (trimmed.startsWith('[')) bracketLines++;
		if (nesting >= 2 || rules.test(trimmed) || trimmed.startsWith('<')) {
			if (cost.flow.count === 0) cost.flow.line = index + 1;
			cost.flow.count++;
		}
		// An ATX heading is a paragraph of one line.
		if (atxHeading.test(content)) endParagraph();
	}
	endParagraph();
	lines.weight = lines.opening + Math.ceil(lines.continuing / 4) + Math.ceil(lines.blank / 8);
	// Each reference looks through the list of definitions; a definition starts with `[`.
	let closers = 0;
	for (let at = markdown.indexOf(']'); at !== -1; at = markdown.indexOf(']', at + 1)) closers++;
	cost.flow.work = cost.flow.count * markdown.length + bracketLines * closers;
	return cost;
}
