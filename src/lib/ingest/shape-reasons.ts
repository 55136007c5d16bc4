/**
 * Lines that are residue by their shape alone, whatever their words: no letters, a bare link,
 * editors' initials, a date and nothing else, a row of share buttons, a section path, a bar of
 * rates above the text.
 */
import { nextLine } from './line-decisions.ts';
import { words } from './line-shapes.ts';
import { isSentence } from './sentences.ts';
import { shareButtons } from './vocabulary/index.ts';

const months =
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene abr ago dic';
const days =
	'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mié mie jue vie sáb sab dom';
const dateWords = new Set(
	`${months} ${days} am pm a.m p.m m et est edt ct cst cdt pt pst pdt mt mst mdt gmt utc bst cet cest hrs h de del p a las at on updated published posted modified created aired date actualizado emitido transmitido publicado modificado creado creada creación creacion fecha`.split(
		' ',
	),
);

/**
 * "Monday, January 19, 2026", "09/01/2026 - 13:22", "Febrero 05, 2026": a date and nothing else,
 * or with the label of what happened on it ("Date created: November 28, 2026", "Fecha de
 * creación: 28/11/2026", a transcript's "Aired November 24, 2026 - 19:00 ET").
 */
export function isDateStamp(line: string): boolean {
	const ws = dateSplitWords(line);
	if (ws.length === 0 || ws.length > 10 || !ws.some((w) => /\d/.test(w))) return false;
	return ws.every(isDateWord);
}

/** The words of a line, its times and numeric dates split at their separators. */
const dateSplitWords = (line: string) =>
	words(line.replace(/\b(\d{1,2})[:/.](\d{1,2})(?:[:/.](\d{2,4}))?/g, '$1 $2 $3'));
const isDateWord = (w: string) =>
	/^\d+$/.test(w) || dateWords.has(w.toLowerCase().replace(/\.$/, ''));

/**
 * The share of a line's words that are a date's or a time's, when it holds a figure: a stamp
 * with a label ("Última actualización el 27 de noviembre de 2026 - 09:32") or a dateline
 * ("Monterrey, N.L. / 05 de noviembre de 2025") scores half or more, a sentence that names a
 * day in passing far less.
 */
export function dateWordShare(line: string): number {
	const ws = dateSplitWords(line);
	if (!ws.some((w) => /\d/.test(w))) return 0;
	return ws.filter(isDateWord).length / ws.length;
}

/** "3,4 mil", "1.2K", "12 M": a count, its thousands or millions spelled short or not. */
const countToken = /^(?:\d+(?:[.,]\d+)*\s*(?:k|m|mil|mill|mln)?|k|m|mil|mill|mln)$/i;

/**
 * "👍 3,4 mil ❤️ 410 😮 188", "♥ 1.2K 💬 87": counts beside icons and nothing else, as a
 * messaging channel or a social post sets its reactions under each message.
 */
export function isCounterRow(line: string): boolean {
	const tokens = line.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t));
	const emoji = /\p{Extended_Pictographic}/u.test(line);
	return (
		emoji &&
		tokens.some((t) => /\d/.test(t)) &&
		tokens.every((t) => countToken.test(t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')))
	);
}

/** One to five asterisks, a dinkus "⁂" or dingbats, spaced or not: what a feature breaks on. */
const breakGlyphs = /^(?:[*∗⁂✱✳❖◆◇✦✧●•]\s*){1,5}$/u;

/**
 * Lines a page may set between a section break and the paragraph beside it: an ad slot's label,
 * a member appeal and its button. Pages place such boxes at the text's breaks, where they cut
 * the least; a longer run is no box but the page's own furniture.
 */
const boxBesideBreak = 2;

/**
 * "*" or "* * *" between two paragraphs: a long read's section break, which is the text's, not
 * the page's, even with a box of a line or two between it and a paragraph. The same glyphs
 * beside labels (a rating's stars, a byline row's bullet) are not.
 */
export function isSectionBreak(line: string, lines: readonly string[], index: number): boolean {
	if (!breakGlyphs.test(line)) return false;
	return ([-1, 1] as const).every((step) => {
		let at = index;
		for (let seen = 0; seen <= boxBesideBreak; seen++) {
			at = nextLine(lines, at, step);
			const near = lines[at];
			if (near === undefined) return false;
			if (isSentence(near)) return true;
		}
		return false;
	});
}

/** A price or a rate: "₡502,10", "$17.23", "€ 1,08", "33 %", "+0,4%". */
const amount = /\p{Sc}\s?\d|\d\s?(?:%|\p{Sc})/u;

/**
 * "Tipo de cambio: Compra ₡502,10 | Venta ₡508,45", "Dólar $17,20 · Euro $19,85", "IBEX 35
 * +0,4% | Dow -0,2%": a bar of rates, every segment between its separators a price or a rate
 * with a label of a few words. A sentence gives figures in a clause, not segment by segment.
 */
function isTicker(segments: readonly string[]): boolean {
	return (
		segments.length >= 2 &&
		segments.every((s) => amount.test(s) && words(s).length <= 6 && !/[.!?;]["'”’»)]?$/.test(s))
	);
}

/** Why a line is residue by its shape alone, or undefined when its shape says nothing. */
export function shapeReason(
	line: string,
	lines: readonly string[],
	index: number,
): string | undefined {
	if (!/[\p{L}]/u.test(line)) return 'no words: a counter, icon or separator';
	if (/^https?:\/\/\S+$/.test(line)) return 'a bare link';
	// "ap/jlp", "AI/mgr/jlp": the editors' initials, the agency's own letters first or not.
	if (/^(?:[A-Z]{2,5}|[a-z]{2,4})(?:\/[a-z]{2,4})+$/.test(line))
		return "editors' initials at the end of a wire story";
	if (isDateStamp(line)) return 'time stamp';
	// "Primeras planas ........ 2", "Opinion . . . . 14": a contents page's entry, its dotted
	// leaders running to a page number.
	if (/\S\s*(?:\.{4,}|…{2,}|(?:\.\s){3,}\.?)\s*\d{1,4}$/.test(line))
		return "a contents page's entry (dotted leaders to a page number)";
	if (isCounterRow(line)) return 'counts and icons: a reaction or view counter';
	const ws = words(line);
	const buttons = ws.filter(
		(w) => /^\d+$/.test(w) || shareButtons.has(w.toLowerCase()) || w.toLowerCase() === 'on',
	);
	if (ws.length >= 2 && buttons.length === ws.length) return 'share prompt';
	// "World | Americas | Mexico", "Agencia · Internacional · México": a section path; and a
	// print page's running head, its number, title and date ("8 | DIARIO | Domingo 29 de
	// noviembre de 2026"), a date being as short a segment as any.
	const segments = line.split(/\s*[|›‹»·•>]\s*|\s+\/\s+/).filter((s) => s.length > 0);
	const pipeNeighbour = [lines[index - 1], lines[index + 1]].some((l) => l?.includes('|'));
	// Above the text only: an article may set a row of prices apart too.
	if (
		isTicker(segments) &&
		!(line.includes('|') && pipeNeighbour) &&
		!lines.slice(0, index).some((l) => isSentence(l))
	)
		return 'a ticker of prices or rates above the text';
	if (
		segments.length >= 2 &&
		segments.every((s) => (words(s).length <= 4 || isDateStamp(s)) && !/[.!?,;]$/.test(s)) &&
		!(line.includes('|') && pipeNeighbour)
	)
		return 'section, tag or navigation line';
	return undefined;
}
