import type { Person } from '../../../schemas/people.ts';
import type { Lang } from '../words/language.ts';
import { personTitles } from './role-titles.ts';
import { nationalityAfter } from '../words/demonyms.ts';
import { nameAfterTitle, partOfLongerName } from './title-names.ts';
import { escapeRegExp } from '../../text/escape-regexp.ts';

/** A place where the text names someone, or points at someone with a pronoun or title. */
export interface Mention {
	start: number;
	end: number;
	/** The person named, for names and aliases. */
	person?: string;
	/** For pronouns and titles (lower-cased, "the mexican president"): what it can refer to. */
	pointer?: { pronoun?: 'he' | 'she' | 'i'; title?: string };
	/** "Trump’s offer": a possessive names someone without making them the subject. */
	possessive: boolean;
}

interface Surface {
	text: string;
	person: string;
}

/** A title as a pattern: any white space between words, either case for each word's first letter. */
const titlePattern = (title: string) =>
	title
		.split(' ')
		.map((word) => {
			const first = word[0]!;
			const rest = escapeRegExp(word.slice(1)).replace(/'/g, "['’]");
			const upper = first.toUpperCase();
			const lower = first.toLowerCase();
			return upper === lower ? escapeRegExp(first) + rest : `[${upper}${lower}]${rest}`;
		})
		.join('\\s+');

/** Subject pronouns, by language, and the person they point to. */
const pronouns: Record<Lang, Record<string, 'he' | 'she' | 'i'>> = {
	en: { he: 'he', she: 'she', i: 'i' },
	// "él" and "ella" are rare in news (Spanish drops the subject), but they do occur.
	es: { él: 'he', ella: 'she', yo: 'i' },
};

/**
 * Finds names, aliases, pronouns and titles in text, longest name first. Titles come from
 * each person's role and pronoun (`personTitles`), in English and Spanish; one that two
 * people share ("the president") fits both, and only the sentences before can tell which
 * is meant.
 */
export class MentionFinder {
	readonly #people: Map<string, Person>;
	readonly #pattern: RegExp;
	readonly #surfaces: Map<string, string>;
	/** Each title, normalised, and the ids of the people it fits. */
	readonly #titles = new Map<string, Set<string>>();

	constructor(people: readonly Person[]) {
		this.#people = new Map(people.map((person) => [person.id, person]));
		// The pattern matches titles as the roles write them ("the US president", not "the us
		// president"); their keys are lower-cased.
		const titles = new Set<string>();
		for (const person of people)
			for (const title of personTitles(person.role, person.pronoun)) {
				const key = normaliseName(title);
				this.#titles.set(key, (this.#titles.get(key) ?? new Set()).add(person.id));
				titles.add(title);
			}
		const surfaces: Surface[] = people.flatMap((person) =>
			[person.name, ...person.aliases].map((text) => ({ text, person: person.id })),
		);
		surfaces.sort((a, b) => b.text.length - a.text.length);
		this.#surfaces = new Map(
			surfaces.map((surface) => [normaliseName(surface.text), surface.person]),
		);
		const names = surfaces.map((surface) => escapeRegExp(surface.text).replace(/'/g, "['’]"));
		const longestFirst = [...titles].sort((a, b) => b.length - a.length);
		const alternatives = [
			...names,
			...longestFirst.map(titlePattern),
			'[Hh]e',
			'[Ss]he',
			'I',
			'[Éé]l',
			'[Ee]lla',
			'[Yy]o',
		];
		this.#pattern = new RegExp(
			`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
			'gu',
		);
	}

	person(id: string): Person | undefined {
		return this.#people.get(id);
	}

	/** The person a whole phrase names ("– Claudia Sheinbaum"), if it is exactly a name or alias. */
	personNamed(phrase: string): string | undefined {
		return this.#surfaces.get(normaliseName(phrase));
	}

	/**
	 * Every mention in `text`, in order, reading pronouns as `lang` has them. A title followed
	 * by the name of someone it fits ("la presidenta Claudia Sheinbaum", "the security
	 * secretary, Omar García Harfuch") is one mention, of that person.
	 */
	find(text: string, lang: Lang = 'en'): Mention[] {
		const mentions: Mention[] = [];
		for (const match of text.matchAll(this.#pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			// "Trump’s offer"; in Spanish, "la propuesta de Trump".
			const possessive =
				/^['’]s?(?![\p{L}])/u.test(text.slice(end)) ||
				(lang === 'es' &&
					/(?:^|[^\p{L}])del?\s+$/iu.test(text.slice(Math.max(0, start - 5), start)));
			const word = match[0];
			const person = this.personNamed(word);
			if (person && partOfLongerName(text, start, end, mentions.at(-1))) continue;
			const pronoun = pronouns[lang][word.toLowerCase()];
			if (person) {
				const title = mentions.at(-1);
				if (
					title?.pointer?.title &&
					this.fits(title.pointer, person) &&
					/^\s*,?\s*$/.test(text.slice(title.end, start))
				) {
					mentions.pop();
					mentions.push({ start: title.start, end, person, possessive });
				} else mentions.push({ start, end, person, possessive });
			} else if (pronoun) mentions.push({ start, end, possessive, pointer: { pronoun } });
			else if (!/^(?:he|she|i|él|ella|yo)$/i.test(word)) {
				const title = normaliseName(word);
				// "el canciller cubano": the title of someone from another country.
				const abroad = lang === 'es' && nationalityAfter(text, end);
				if (!abroad && !this.#namesAnother(title, nameAfterTitle(text, end)))
					mentions.push({ start, end, possessive, pointer: { title } });
			}
		}
		return mentions;
	}

	/** Whether the name after a title is no one that title fits: the title is that person's. */
	#namesAnother(title: string, name: string | undefined): boolean {
		if (name === undefined) return false;
		const fitting = [...(this.#titles.get(title) ?? [])].map((id) => this.#people.get(id)!);
		return !fitting.some((person) =>
			[person.name, ...person.aliases].some((surface) => name.startsWith(surface)),
		);
	}

	/**
	 * A title written without its article, as headlines write them ("Security chief: …"):
	 * the pointer "the security chief" would be, or undefined when no one holds it.
	 */
	bareTitle(phrase: string): NonNullable<Mention['pointer']> | undefined {
		const key = normaliseName(`the ${phrase}`);
		return this.#titles.has(key) ? { title: key } : undefined;
	}

	/** The one person in people.yaml a title fits, if only one does ("la mandataria"). */
	onlyFitting(pointer: NonNullable<Mention['pointer']>): string | undefined {
		const ids = pointer.title ? this.#titles.get(pointer.title) : undefined;
		return ids?.size === 1 ? [...ids][0] : undefined;
	}

	/** Whether a pointer (pronoun or title) can refer to this person. */
	fits(pointer: NonNullable<Mention['pointer']>, personId: string): boolean {
		const person = this.#people.get(personId);
		if (!person) return false;
		if (pointer.title) return this.#titles.get(pointer.title)?.has(personId) ?? false;
		if (pointer.pronoun === 'he' || pointer.pronoun === 'she')
			return person.pronoun === undefined || person.pronoun === pointer.pronoun;
		return false;
	}
}

function normaliseName(text: string): string {
	return text.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
