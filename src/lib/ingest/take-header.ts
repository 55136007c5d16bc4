/**
 * The header of a raw text: the lines above its first prose paragraph. The first
 * headline-like one becomes the headline, the next the dek, and the short lines there (a
 * byline, a section name) go, flagged for review. A live blog's entry times are told apart so
 * that an entry's head opens the body instead.
 */
import { isByline } from './author-bio.ts';
import {
	endsWithAbbreviation,
	isHeadlineLike,
	isProse,
	listItemPattern,
	tableCells,
	words,
} from './line-shapes.ts';
import {
	apartFromHeadline,
	figureShare,
	isStamp,
	liveBlogTimes,
	movedToDek,
	rightBelow,
} from './header-signs.ts';
import { minLabels, topMenuReason } from './decide-top-menu.ts';
import { isRepeated, keptForReview, readsAsArticleLine, sentenceStems } from './content-safety.ts';
import { isSentence, proseShare } from './sentences.ts';
import type { KeptLine, StructuredText } from './structured-text.ts';

const sentenceAboveMenu =
	"a sentence above the site's menu, kept at the text's head: a status bar's or the text's?";
const longAboveText = 'a long line above the text, kept at its head: a second deck or the text?';

/**
 * Lines above the first prose paragraph: the first headline-like one is the headline, the
 * next the dek; short lines there (a byline, a section name) go, flagged for review.
 * Returns the index of the first body line.
 */
export function takeHeader(
	kept: KeptLine[],
	lines: readonly string[],
	result: StructuredText,
): number {
	// Content is sacred: a sentence, however short ("Nada nuevo bajo el sol."), opens the body.
	const opensBody = (k: KeptLine) =>
		isProse(k.text) ||
		isSentence(k.text) ||
		(words(k.text).length >= 2 && /[.!…]["'”’»)]?$/.test(k.text)) ||
		listItemPattern.test(k.text) ||
		tableCells(k.text) !== undefined;
	// A long headline or dek reads as prose by its length: the first headline-like line and
	// the one right after it (a dek) do not open the body. A byline set in sentence case
	// ("Escrito por Redacción Web") is neither, and nor is a market ticker ("S&P/BMV IPC 57,310.22
	// +0.45%"), half of whose words are figures.
	const headlineLike = (k: KeptLine) =>
		isHeadlineLike(k.text) &&
		words(k.text).length >= 4 &&
		!isByline(k.text) &&
		figureShare(k.text) < 0.5;
	// "México cierra la puerta a tropas de EE.UU.": a headline may end with an abbreviation, whose
	// stop would also close a sentence. Below another line (a section, a running head) it is
	// taken for the headline; never for the dek, nor on the page's first line, where it may be a
	// short first paragraph.
	// A headline stands below the site's menu: a headline-like line above a menu's labels ("Power
	// cuts: none expected today" over "News" / "World" / "Sport"), with another headline-like
	// line after them, is a notice or a status bar, and so is every bar stacked above it
	// ("Tijuana | Viernes 28 de noviembre" over "Garitas: San Ysidro 95 min | Otay 60 min").
	const menuRightAbove = (j: number) =>
		j > 0 &&
		headlineLike(kept[j]!) &&
		result.removed.filter(
			(r) => r.reason === topMenuReason && r.line > kept[j - 1]!.line && r.line < kept[j]!.line,
		).length >= minLabels;
	const menuBelow = (i: number) => kept.some((_k, j) => j > i && menuRightAbove(j));
	const headline = kept.findIndex(
		(k, i) =>
			(headlineLike(k) && !menuBelow(i)) ||
			(i > 0 &&
				endsWithAbbreviation(k.text) &&
				headlineLike({ ...k, text: k.text.replace(/\.$/, '') })),
	);
	// By identity: a long line kept below moves within `kept`.
	const below = new Set(kept.slice(headline + 1));
	const top = kept[headline];
	const isTitle = (k: KeptLine) => k === top || (headlineLike(k) && below.has(k));
	const titles = new Set<number>();
	if (headline >= 0) titles.add(headline);
	if (headline >= 0 && kept[headline + 1] && headlineLike(kept[headline + 1]!))
		titles.add(headline + 1);
	// Below the site's menu, the headline opens the article: what stands above the menu (a
	// status bar's sentence, a bar of pipes read as a table) is the page's top bar, not the text.
	const belowMenu = headline >= 0 && menuRightAbove(headline);
	const firstProse = kept.findIndex(
		(k, i) => !titles.has(i) && opensBody(k) && !(belowMenu && i < headline),
	);
	// A sentence the scraper broke over lines ("Claudia Sheinbaum" / "has spoken out …" /
	// "groups. …") starts in the header: its opening lines belong to the body.
	let bodyStart = firstProse;
	// A live blog's entry opens with its time alone on a line, then the entry's head ("19:40" /
	// "Así cerró la jornada" / text): a head right after such a time, above a sentence, opens the
	// body. Times alone on two lines or more mark the page as a live blog.
	const afterTimes = liveBlogTimes(lines);
	const afterTitles = Math.max(headline, ...titles);
	const entry = kept.findIndex(
		(k, i) =>
			i > afterTitles &&
			i < bodyStart &&
			afterTimes.has(k.line - 1) &&
			kept[i + 1] !== undefined &&
			opensBody(kept[i + 1]!),
	);
	if (entry >= 0) bodyStart = entry;
	while (
		bodyStart > 0 &&
		(/^[\p{Ll}]/u.test(kept[bodyStart]!.text) || /^[\p{Ll}]/u.test(kept[bodyStart - 1]!.text))
	)
		bodyStart--;
	const header = bodyStart <= 0 ? [] : kept.slice(0, bodyStart);
	if (!header.some(isTitle)) return 0;
	const stems = sentenceStems(kept.slice(bodyStart).map((k) => k.text));
	for (const k of header) {
		const raw = lines[k.line - 1]!;
		if (isTitle(k) && !result.dek && !(result.headline && isStamp(k.text))) {
			if (!result.headline) {
				result.headline = k;
				result.removed.push({ line: k.line, text: raw, reason: 'moved to the headline' });
			} else {
				result.dek = k;
				result.removed.push({ line: k.line, text: raw, reason: movedToDek });
				if (!rightBelow(lines, result.headline.line, k.line))
					result.flagged.push({ line: k.line, text: raw, reason: apartFromHeadline });
			}
			continue;
		}
		const doubt = result.flagged.findIndex((f) => f.line === k.line);
		if (doubt >= 0) result.flagged.splice(doubt, 1);
		// Content is sacred: a sentence above the menu (a status bar's, or the text's first one,
		// set apart) stays at the body's head, for review; a bar of pipes there is no table.
		if (belowMenu && !below.has(k) && opensBody(k) && tableCells(k.text) === undefined) {
			kept.splice(kept.indexOf(k), 1);
			kept.splice(--bodyStart, 0, k);
			result.flagged.push({ line: k.line, text: raw, reason: sentenceAboveMenu });
			continue;
		}
		// Content is sacred: a long line of running words (a second deck) is kept, for review.
		const running =
			words(k.text).length >= 8 && proseShare(k.text) >= 0.25 && !/:$/.test(k.text);
		if (running && below.has(k) && !isByline(k.text) && !isStamp(k.text)) {
			kept.splice(kept.indexOf(k), 1);
			kept.splice(--bodyStart, 0, k);
			result.flagged.push({ line: k.line, text: raw, reason: longAboveText });
			continue;
		}
		const reason = 'short line above the text: a byline, section or tag? Check it for the author';
		// Standing above the text, or above the headline, is weak evidence: a deck, a question or
		// a credit of the article's own stays, at the body's head, for review (content-safety.ts).
		if (readsAsArticleLine(k.text, stems, isRepeated(k.text, lines))) {
			kept.splice(kept.indexOf(k), 1);
			kept.splice(--bodyStart, 0, k);
			result.flagged.push({ line: k.line, text: raw, reason: keptForReview(reason) });
			continue;
		}
		result.removed.push({ line: k.line, text: raw, reason });
		result.flagged.push({ line: k.line, text: raw, reason });
	}
	return bodyStart;
}

