import { withoutNickname } from '../attribution/name-runs.ts';
import type { Attribution } from '../attribution/attribution.ts';
import type { Mention } from '../reading/mentions.ts';
import type { Lang } from '../words/language.ts';
import { kindOf, namesASource } from '../words/source-nouns.ts';
import { isPersonName } from '../reading/named-sources.ts';
import { anaphoricNouns, personNouns } from '../words/source-words.ts';
import { speechVerbOf } from '../words/speech-verbs.ts';
import { type Resolved, unattributed } from './speaker-resolution.ts';
import { holdsNoun } from './past-speakers.ts';

/** What attribution resolution needs besides the attribution. */
export interface Context {
	lang: Lang;
	resolve: (mention: Mention) => Resolved | undefined;
	/** The subject Spanish leaves unwritten: the one person the nearest sentences name. */
	implicit: () => Resolved | undefined;
	/** The outlet named last before the quote, for "the network", "el rotativo". */
	lastOutlet: () => string | undefined;
	/** The speaker of the quotation before, for "the statement said". */
	lastSpeaker: () => Resolved | undefined;
	/** The nearest source described by a noun who spoke before ("el exministro"). */
	describedAs: (noun: string) => Resolved | undefined;
	/** A name met before that holds every word of a shorter one ("NBC" → "NBC News"). */
	fullName: (short: string) => string | undefined;
	/** The person the last question was put to, for an answer ("—…—contestó el secretario"). */
	asked: () => Resolved | undefined;
	/** A title written without "the" ("Security chief"), resolved as the title would be. */
	bareTitle: (phrase: string) => Resolved | undefined;
	/** What the sentences before the quote's are about, for "la dependencia", "the agency". */
	earlierSubject: () => Resolved | undefined;
}

/**
 * The speaker an attribution gives, resolved: a mention to its person, an outlet or document
 * named by its kind to the one meant, an unwritten subject to the one the text is about. A
 * colon's subject (verb ":") is surer than nothing and less sure than a speech verb.
 */
export function fromAttribution(attribution: Attribution, context: Context): Resolved {
	const found = resolveAttribution(attribution, context);
	const resolved = found.description
		? { ...found, description: withoutNickname(found.description) }
		: found;
	return attribution.verb === ':'
		? { ...resolved, confidence: Math.min(resolved.confidence, 0.7) }
		: resolved;
}

function resolveAttribution(attribution: Attribution, context: Context): Resolved {
	const verb = attribution.verb;
	// "—contestó el secretario" after "preguntó a Rubio": whoever was asked answers, whatever
	// pronoun or title the narrator calls them by.
	const unnamed = attribution.subject?.pointer || attribution.implicit;
	const asked = unnamed && speechVerbOf(verb, context.lang)?.answer ? context.asked() : undefined;
	if (asked) return { ...asked, reason: `${asked.reason}, beside "${verb}"` };
	if (attribution.subject) {
		const resolved = context.resolve(attribution.subject);
		if (resolved) return { ...resolved, reason: `${resolved.reason}, beside "${verb}"` };
		return {
			...unattributed,
			confidence: 0.5,
			reason: `"${verb}" has a subject that cannot be resolved unambiguously`,
		};
	}
	if (attribution.description) {
		// "one post on X", "un comunicado", "a newspaper": an indefinite brings a new source in,
		// where "the statement", "el diario" point back to one named before.
		const kind = /^(?:an?|one|another|un|una|otro|otra)\s/i.test(attribution.description)
			? undefined
			: kindOf(attribution.description);
		const outlet = kind === 'media' ? context.lastOutlet() : undefined;
		if (outlet)
			return described(outlet, 0.75, `"${attribution.description}" is the outlet named before`);
		const author = kind === 'document' ? context.lastSpeaker() : undefined;
		if (author)
			return {
				...author,
				confidence: 0.7,
				reason: `"${attribution.description}" is the last speaker's`,
			};
		// "La Secretaría de Gobernación celebró… la dependencia sostuvo": the body just named.
		const body = anaphoricNouns.has(
			/^\p{L}+\s+(\p{L}+)$/u.exec(attribution.description)?.[1]?.toLowerCase() ?? '',
		)
			? context.earlierSubject()
			: undefined;
		if (body?.description && namesASource(body.description, false))
			return described(
				body.description,
				0.7,
				`"${attribution.description}" is ${body.description}`,
			);
		// "—sostuvo la legisladora—" after "…, Renata Aguilar, publicó un mensaje": a definite
		// noun for a person, no one's title in people.yaml, is the person just named.
		const noun = /^(?:el|la|the)\s+(\p{L}+)$/iu.exec(attribution.description)?.[1] ?? '';
		const again = personNouns.has(noun.toLowerCase()) ? sameSource(noun, context) : undefined;
		if (again)
			return { ...again, confidence: 0.6, reason: `"${attribution.description}" spoke last` };
		const person = personNouns.has(noun.toLowerCase()) ? context.earlierSubject() : undefined;
		if (person && !person.speaker && person.description && isPersonName(person.description))
			return described(
				person.description,
				0.6,
				`"${attribution.description}" is ${person.description}, named before`,
			);
		const titled = context.bareTitle(attribution.description);
		if (titled) return { ...titled, reason: `${titled.reason}, beside "${verb}"` };
		const full = /^\p{Lu}/u.test(attribution.description)
			? context.fullName(attribution.description)
			: undefined;
		if (full) return described(full, 0.8, `"${attribution.description}", named before as ${full}`);
		// "El republicano recordó", "the billionaire said": a definite noun no list knows, naming
		// no source, is an epithet for the known person the sentences before are about.
		// "The leftie leader fumed": a noun for a person with a word of the writer's before it
		// is an epithet too.
		const head = definiteHead(attribution.description, context.lang);
		const epithet = head !== undefined && (head !== noun || !namesASource(attribution.description));
		const about = epithet ? context.earlierSubject() : undefined;
		if (about?.speaker)
			return {
				...about,
				confidence: 0.6,
				reason: `"${attribution.description}" is who the text is about`,
			};
		return described(attribution.description, 0.8, `source beside "${verb}"`);
	}
	const implicit = attribution.implicit ? context.implicit() : undefined;
	if (implicit)
		return {
			...implicit,
			confidence: 0.7,
			reason: `"${verb}" with its subject unwritten: ${implicit.reason}`,
		};
	return { ...unattributed, confidence: 0.5, reason: `"${verb}" with no subject found` };
}

/**
 * The last speaker, for "the official", "el funcionario": a source whose description has the
 * noun ("One of the officials said … “…,” the official said"), or the person the sentences
 * before are about when they spoke last too ("Harfuch salió al paso: «…». El funcionario añadió").
 */
function sameSource(noun: string, context: Context): Resolved | undefined {
	const last = context.lastSpeaker();
	if (last?.description && holdsNoun(last.description, noun)) return last;
	const subject = last?.speaker ? context.earlierSubject() : undefined;
	if (subject && subject.speaker === last?.speaker) return subject;
	// A source described by the noun who spoke before someone else did.
	return context.describedAs(noun);
}

/**
 * The noun a definite description of lower-case words is headed by: "the official", "the
 * leftie leader", "the veteran senator" (English puts the noun last), "el exministro", "la
 * vocera" (Spanish, first); undefined for a longer phrase or one with a name in it.
 */
function definiteHead(description: string, lang: Lang): string | undefined {
	const words = /^(?:[Ee]l|[Ll]a|[Tt]he)((?:\s+\p{Ll}+){1,3})$/u
		.exec(description)?.[1]
		?.trim()
		.split(/\s+/);
	if (!words) return undefined;
	return lang === 'en' ? words.at(-1) : words.length === 1 ? words[0] : undefined;
}

function described(description: string, confidence: number, reason: string): Resolved {
	return { speaker: null, description, confidence, reason };
}
