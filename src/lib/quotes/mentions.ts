import type { Person } from '../../schemas/people.ts';
import { roleTitles } from './role-titles.ts';

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/**
 * Finds names, aliases, pronouns and titles in text, longest name first. Titles come from
 * each person's role (`roleTitles`); one that two people share ("the president") fits both,
 * and only the sentences before can tell which is meant.
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
			for (const title of roleTitles(person.role)) {
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
		const alternatives = [...names, ...longestFirst.map(titlePattern), '[Hh]e', '[Ss]he', 'I'];
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

	/** Every mention in `text`, in order. */
	find(text: string): Mention[] {
		const mentions: Mention[] = [];
		for (const match of text.matchAll(this.#pattern)) {
			const start = match.index;
			const end = start + match[0].length;
			const possessive = /^['’]s?(?![\p{L}])/u.test(text.slice(end));
			const word = match[0];
			const person = this.personNamed(word);
			if (person) mentions.push({ start, end, person, possessive });
			else if (/^(he|she)$/i.test(word))
				mentions.push({
					start,
					end,
					possessive,
					pointer: { pronoun: word.toLowerCase() as 'he' | 'she' },
				});
			else if (word === 'I') mentions.push({ start, end, possessive, pointer: { pronoun: 'i' } });
			else mentions.push({ start, end, possessive, pointer: { title: normaliseName(word) } });
		}
		return mentions;
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
