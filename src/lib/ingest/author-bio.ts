/**
 * The author box under an article: "Ana Ruiz is a contributing writer based in Monterrey." It
 * reads as a sentence, so no cue names it; what gives it away is that it opens with the name
 * the page's byline gave ("By Ana Ruiz") and goes on as a bio does.
 */
import { words } from './line-shapes.ts';

/** A byline: "By Ana Ruiz", "Por María de la Luz Pérez", "By Ana Ruiz and Tom Hale". */
const bylinePattern =
	/^(?:[Bb]y|BY|[Pp]or|POR)\s+(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|de|del|la|los|y|and|,))*)$/u;

/** How a bio goes on after the name: "is a writer", "es periodista", "has covered …". */
const bioOpening =
	/^(?:(?:is|was) (?:an?|the) |(?:es|fue) (?:(?:un|una|el|la) )?(?:periodista|reporter[oa]|corresponsal|editor|editora|columnista|colaborador|colaboradora|escritor|escritora|analista|investigador|investigadora|profesor|profesora|acad[eé]mic[oa]|polit[oó]log[oa]|economista|abogad[oa]|internacionalista|especialista)\b|(?:has|ha) (?:covered|written|reported|worked|cubierto|escrito|trabajado|colaborado)\b)/u;

/**
 * The names the page's bylines give, each at least two words ("Staff" names no one) and not a
 * newsroom ("The Associated Press", "La Redacción"), whose name a sentence of the text may open.
 */
export function bylineNames(lines: readonly string[]): string[] {
	return lines.flatMap((line) => {
		const names = bylinePattern.exec(line.replace(/,/g, ' , '))?.[1];
		if (!names) return [];
		return names
			.split(/\s+(?:,|and|y)\s+|\s*,\s*/)
			.map((n) => n.trim())
			.filter((n) => words(n).length >= 2 && !/^(?:the|el|la|los|las)\s/i.test(n));
	});
}

/**
 * The byline name a line opens with, when the line goes on as a bio ("… is a writer", "… es
 * periodista", "… has covered"); undefined otherwise.
 */
export function bioAuthor(line: string, names: readonly string[]): string | undefined {
	const author = names.find((name) => line.startsWith(`${name} `));
	return author !== undefined && bioOpening.test(line.slice(author.length + 1)) ? author : undefined;
}
