/**
 * The author box under an article: "Ana Ruiz is a contributing writer based in Monterrey." It
 * reads as a sentence, so no cue names it; what gives it away is that it opens with the name
 * the page's byline gave ("By Ana Ruiz", "BY ANA RUIZ", or the name alone beside the date) and
 * goes on as a bio does.
 */
import { words } from './line-shapes.ts';
import { isDateStamp } from './shape-reasons.ts';

/** A name: capitalised words, with the particles Spanish names carry ("María de la Luz Pérez"). */
const name = String.raw`\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|los|y|and|,))*`;
/**
 * A byline: "By Ana Ruiz", "Por María de la Luz Pérez", "By Ana Ruiz and Tom Hale", "Escrito por
 * Redacción Web", "Written by Tom Hale".
 */
const bylinePattern = new RegExp(
	String.raw`^(?:(?:[Ee]scrito|ESCRITO|[Ww]ritten|WRITTEN)\s+)?(?:[Bb]y|BY|[Pp]or|POR)\s+(${name})$`,
	'u',
);

/** Whether a line is a byline ("Por Ana Ruiz"), which is never the headline's dek. */
export function isByline(line: string): boolean {
	return bylinePattern.test(line.trim().replace(/,/g, ' , '));
}
/** A name alone on a line, two to five words: a byline when the article's date stands beside it. */
const bareName = /^\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|los|y)){1,4}$/u;

/**
 * A name and the author's post, as a chain paper's system sets the byline: "Ana Ruiz, Staff
 * writer", "Tom Hale, Senior Correspondent", "Luz Pérez, corresponsal".
 */
const titledByline = /^(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|los|y)){1,4}),\s+(.+)$/u;
const post =
	/^(?:(?:staff|senior|chief|contributing|special|political|foreign)\s+)?(?:writer|reporter|correspondent|editor|columnist|corresponsal|redactor|redactora|periodista|enviad[oa] especial)$/i;

/** The name of a byline that gives the author's post after a comma. */
function titled(line: string): string | undefined {
	const match = titledByline.exec(line);
	return match && post.test(match[2]!) ? match[1] : undefined;
}

/** How a bio goes on after the name: "is a writer", "es periodista", "has covered …". */
const bioOpening =
	/^(?:(?:is|was) (?:an?|the) |(?:es|fue) (?:(?:un|una|el|la) )?(?:periodista|reporter[oa]|corresponsal|editor|editora|columnista|colaborador|colaboradora|escritor|escritora|analista|investigador|investigadora|profesor|profesora|acad[eé]mic[oa]|polit[oó]log[oa]|economista|abogad[oa]|internacionalista|especialista)\b|(?:has|ha) (?:covered|written|reported|worked|cubierto|escrito|trabajado|colaborado)\b|(?:covers|reports on|reports for|writes (?:about|on|for)|cubre|escribe (?:sobre|para|de))\b)/u;

/** How a bio by surname goes on: with the beat or the post of a reporter, not any "is a". */
const deskBio =
	/^(?:covers|reports (?:on|for)|writes (?:about|on|for)|cubre|escribe (?:sobre|para)|(?:is|was) an? (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|journalist|editor|columnist)|es (?:periodista|corresponsal|reporter[oa]|redactora?))\b/u;

/** The line beside `index`, blank lines skipped, in the direction of `step`. */
function beside(lines: readonly string[], index: number, step: -1 | 1): string | undefined {
	for (let i = index + step; i >= 0 && i < lines.length; i += step)
		if (lines[i]!.trim() !== '') return lines[i]!.trim();
	return undefined;
}

/**
 * The names the page's bylines give, each at least two words ("Staff" names no one) and not a
 * newsroom ("The Associated Press", "La Redacción"), whose name a sentence of the text may open.
 */
export function bylineNames(lines: readonly string[]): string[] {
	return lines.flatMap((line, index) => {
		const trimmed = line.trim();
		const dated = [beside(lines, index, -1), beside(lines, index, 1)].some(
			(l) => l !== undefined && isDateStamp(l),
		);
		const names =
			bylinePattern.exec(trimmed.replace(/,/g, ' , '))?.[1] ??
			titled(trimmed) ??
			(dated && bareName.test(trimmed) ? trimmed : undefined);
		if (!names) return [];
		return names
			.split(/\s+(?:,|and|y)\s+|\s*,\s*/)
			.map((n) => n.trim())
			.filter((n) => words(n).length >= 2 && !/^(?:the|el|la|los|las)\s/i.test(n));
	});
}

/**
 * The byline name a line opens with, when the line goes on as a bio ("… is a writer", "… es
 * periodista", "… has covered", "… covers"); undefined otherwise. A byline set in capitals
 * ("BY ANA RUIZ") names the "Ana Ruiz" of the bio, and the "Ruiz" of an agency's bio.
 */
export function bioAuthor(line: string, names: readonly string[]): string | undefined {
	const opensWith = (n: string) => line.toLowerCase().startsWith(`${n.toLowerCase()} `);
	const author = names.find(opensWith);
	if (author !== undefined)
		return bioOpening.test(line.slice(author.length + 1)) ? author : undefined;
	// An agency's bio names the author by surname alone ("Ruiz covers Mexico for …"): the
	// byline's last word, long enough not to be a particle, going on with a reporter's work. A
	// namesake in the text ("Ruiz is a former envoy") does not.
	const surname = names
		.map((n) => n.split(/\s+/).at(-1)!)
		.find((n) => n.length >= 4 && opensWith(n));
	return surname !== undefined && deskBio.test(line.slice(surname.length + 1))
		? surname
		: undefined;
}

/** A name of two to five capitalised words opening a line, and what follows it. */
const openingName =
	/^(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|los|y)){1,4})\s+(.+)$/u;

/**
 * The name a line opens with when it goes on as a bio, whatever the byline said: for the line
 * right under an author box's heading ("About the author"), where a bio is what stands, and the
 * byline may have set the name with a title ("Ana Ruiz, Senior Fellow") that bylineNames skips.
 */
export function bioUnderHeading(line: string): string | undefined {
	const match = openingName.exec(line);
	return match && bioOpening.test(match[2]!) ? match[1] : undefined;
}
