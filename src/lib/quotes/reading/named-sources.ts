/**
 * The people and outlets a narration names that people.yaml does not know: "Laura Benavides,
 * who studies…", "el alcalde de la ciudad, Joaquín Osuna", "la cadena NBC News". They are
 * remembered so that "she said", a Spanish "dijo" with no subject, or "the network" can
 * point back to them.
 */
import { is } from '../words/grammar-words.ts';
import type { Lang } from '../words/language.ts';
import type { Mention } from './mentions.ts';
import { type Range, wordsIn } from './sentences.ts';
import {
	institutionNouns,
	mediaNameWords,
	mediaNouns,
	personNouns,
	placeWords,
} from '../words/source-words.ts';
import { nameStartingAt, withoutNickname } from '../attribution/name-runs.ts';

/** A name in the narration: a person's or an outlet's. */
export interface NamedSource extends Range {
	name: string;
	kind: 'person' | 'outlet';
}

/**
 * The capitalised runs of `text` that name a person (two to four words, no word of a place
 * or body, a noun for a person within a few words: "said Rosario Beltrán, comerciante") or
 * an outlet (a masthead word, or a media noun before it: "el diario Reforma").
 */
export function namedSources(text: string, lang: Lang, known: readonly Mention[]): NamedSource[] {
	const words = wordsIn(text, 0, text.length);
	const found: NamedSource[] = [];
	// The mentions are in order, and so are the runs: one pass over each, so that a long
	// paragraph is not read again for every name in it.
	let next = 0;
	for (let i = 0; i < words.length; i++) {
		// "Según NBC", "En Washington": a capitalised word of grammar opens no name.
		const grammar = (word: string) =>
			is('determiner', word, lang) || is('preposition', word, lang) || is('clauseStop', word, lang);
		if (grammar(words[i]!.text)) continue;
		const first = i;
		const run = nameStartingAt(text, words, first);
		if (!run) continue;
		let last = first;
		while (words[last]!.end < run.end) last++;
		const name = withoutNickname(text.slice(run.start, run.end));
		const inRun = words.slice(first, last + 1).map((w) => w.text);
		const before = words[first - 1]?.text.toLowerCase() ?? '';
		i = last;
		while (next < known.length && known[next]!.end <= run.start) next++;
		// Past the mentions that end before it, the next one overlaps the run if it starts in it.
		if (next < known.length && known[next]!.start < run.end) continue;
		if (inRun.some((w) => mediaNameWords.has(w.toLowerCase())) || mediaNouns.has(before)) {
			found.push({ ...run, name, kind: 'outlet' });
			continue;
		}
		// "Santa Cruz County Sheriff Manuel Ortega": the name after the title in the run.
		const titled = personNameIn(name);
		if (titled && titled !== name) {
			const start = run.start + name.lastIndexOf(titled);
			found.push({ start, end: run.end, name: titled, kind: 'person' });
			continue;
		}
		if (inRun.length < 2 || inRun.length > 5) continue;
		// "Experts in New Delhi", "vecinos en Little Village": after "in", a run is a place.
		if (/^(?:in|at|near|across|throughout|en|desde)$/.test(before)) continue;
		if (inRun.some((w) => placeWords.has(w.toLowerCase()) || institutionNouns.has(w.toLowerCase())))
			continue;
		const near = words.slice(Math.max(0, first - 5), Math.min(words.length, last + 7));
		if (
			near.some(
				(w) => personNouns.has(w.text.toLowerCase()) || /^(?:who|whose|quien)$/i.test(w.text),
			) ||
			// "Ald. Hector Villanueva", "Col. Ruth Vance": a title cut short before the name.
			/(?:^|\s)\p{Lu}\p{Ll}{1,3}\.\s+$/u.test(text.slice(0, run.start)) ||
			inApposition(text, run, words[first - 1]?.text ?? '', grammar) ||
			joinedTo(text, run, found.at(-1))
		)
			found.push({ ...run, name, kind: 'person' });
	}
	return found;
}

/**
 * Whether a name stands beside a description of its bearer, whatever noun the description
 * uses: set off by commas after it ("Su vecino, Arturo Lezama, …", "the coach, Ana Ruiz,
 * said") or right after a common noun ("defense lawyer Nora Quist", "el defensa Emiliano
 * Cárdenas"). A byline or a section label ("Por Redacción Internacional") has neither.
 */
function inApposition(
	text: string,
	run: Range,
	before: string,
	grammar: (word: string) => boolean,
): boolean {
	const commas = /,\s*$/.test(text.slice(0, run.start)) && /^\s*,/.test(text.slice(run.end));
	const afterNoun =
		/^\p{Ll}+$/u.test(before) && !grammar(before) && /\s$/.test(text.slice(0, run.start));
	return commas || afterNoun;
}

/** "Jen Walsh and Marcus Lee", "Ana Ruiz y Luis Mora": a name joined to a person's is one too. */
function joinedTo(text: string, run: Range, previous: NamedSource | undefined): boolean {
	if (previous?.kind !== 'person') return false;
	return /^\s+(?:and|y|e)\s+$/u.test(text.slice(previous.end, run.start));
}

/** Whether a speaker's description is a person's name ("Derek Hollis", not "NBC News"). */
export function isPersonName(description: string): boolean {
	const words = description.match(/[\p{L}'’]+/gu) ?? [];
	return (
		words.length > 1 &&
		words.length <= 5 &&
		words.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|del|la)$/.test(w)) &&
		!words.some((w) => {
			const lower = w.toLowerCase();
			return mediaNameWords.has(lower) || placeWords.has(lower) || institutionNouns.has(lower);
		})
	);
}

/**
 * The person's name a speaker's description holds: the whole of it ("Derek Hollis"), or the
 * name after a title ("Webb County Sheriff Arturo Lozano", "el investigador Tomás Ibarra").
 */
export function personNameIn(description: string): string | undefined {
	if (isPersonName(description)) return description;
	const words = description.split(/\s+/);
	const title = words.findLastIndex((word) => personNouns.has(word.toLowerCase()));
	const name = words.slice(title + 1).join(' ');
	return title >= 0 && isPersonName(name) ? name : holderOfBody(words);
}

/**
 * The name after a title's body, where a word of a body or place ends the body's name: "La
 * excomisionada del Negociado de la Policía Mildred Ayala Ortiz", "Kern County Supervisor Ana
 * Ruiz" (the title's own word, capitalised or not, no word list need know). The name may keep
 * a title word of its own ("Supervisor Ana Ruiz"): it still holds the person’s name; a body’s
 * complement ("la Secretaría de Economía") is none.
 */
function holderOfBody(words: readonly string[]): string | undefined {
	const lower = (w: string) => w.toLowerCase();
	const body = words.findLastIndex(
		(w) => institutionNouns.has(lower(w)) || placeWords.has(lower(w)),
	);
	const name = words.slice(body + 1).join(' ');
	return body > 0 && /^\p{Lu}/u.test(name) && isPersonName(name) ? name : undefined;
}
