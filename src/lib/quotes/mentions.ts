import type { Person } from '../../schemas/people.ts';

/** A place where the text names someone, or points at someone with a pronoun or title. */
export interface Mention {
	start: number;
	end: number;
	/** The person named, for names and aliases. */
	person?: string;
	/** For pronouns and titles: what it can refer to. */
	pointer?: { pronoun?: 'he' | 'she' | 'i'; title?: string };
	/** "Trump’s offer": a possessive names someone without making them the subject. */
	possessive: boolean;
}

interface Surface {
	text: string;
	person: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Finds names, aliases, pronouns and titles in text, longest name first. */
export class MentionFinder {
	readonly #people: Map<string, Person>;
	readonly #pattern: RegExp;
	readonly #surfaces: Map<string, string>;

	constructor(people: readonly Person[]) {
		this.#people = new Map(people.map((person) => [person.id, person]));
		const surfaces: Surface[] = people.flatMap((person) =>
			[person.name, ...person.aliases].map((text) => ({ text, person: person.id })),
		);
		surfaces.sort((a, b) => b.text.length - a.text.length);
		this.#surfaces = new Map(
			surfaces.map((surface) => [normaliseName(surface.text), surface.person]),
		);
		const names = surfaces.map((surface) => escapeRegExp(surface.text).replace(/'/g, "['’]"));
		const alternatives = [
			...names,
			'[Tt]he (?:[Mm]exican |US |U\\.S\\. )?[Pp]resident',
			'[Hh]e',
			'[Ss]he',
			'I',
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
			else mentions.push({ start, end, possessive, pointer: { title: 'president' } });
		}
		return mentions;
	}

	/** Whether a pointer (pronoun or title) can refer to this person. */
	fits(pointer: NonNullable<Mention['pointer']>, personId: string): boolean {
		const person = this.#people.get(personId);
		if (!person) return false;
		if (pointer.title) return person.role.toLowerCase().includes(pointer.title);
		if (pointer.pronoun === 'he' || pointer.pronoun === 'she')
			return person.pronoun === undefined || person.pronoun === pointer.pronoun;
		return false;
	}
}

function normaliseName(text: string): string {
	return text.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
