/**
 * The words that say what kind of source a phrase names: an outlet, an institution, an
 * unnamed person, a document that speaks for its author, a place; and the phrases that set
 * words in a source's mouth without a verb ("according to", "según"). Data, one entry a line
 * with its reason; the rules that read them are chiefly source-nouns.ts, and in attribution/
 * attribution-verbs.ts, subjects.ts and speaker-phrases.ts, and reading/named-sources.ts.
 */
import type { Lang } from './language.ts';

/** Words (space-separated; "White House" written "White_House") and why they are listed. */
type Entry = readonly [words: string, note: string];

/** The lower-cased words of some entries, as a set. */
const entries = (list: readonly Entry[]) =>
	new Set(
		list.flatMap(([words]) =>
			words.split(' ').map((word) => word.replace(/_/g, ' ').toLowerCase()),
		),
	);

/** Nouns for an outlet: "the network reported", "según el diario". */
// prettier-ignore
export const mediaNouns = entries([
	['newspaper paper daily tabloid magazine weekly', 'print'],
	['network channel broadcaster station outlet website', 'broadcast and web'],
	['agency wire', 'news agencies'],
	['diario periódico rotativo semanario revista medio', 'Spanish: print'],
	['cadena televisora emisora portal agencia', 'Spanish: broadcast, web, wire'],
]);

/**
 * Words that make a capitalised phrase an outlet's name when no media noun stands before it:
 * "NBC News", "The Wall Street Journal", "Bloomberg".
 */
// prettier-ignore
export const mediaNameWords = entries([
	['News Times Journal Post Tribune Herald Press Gazette', 'mastheads'],
	['Reuters Bloomberg AP EFE AFP CNN NBC ABC CBS BBC Fox Axios Politico', 'outlets known by one name'],
	['Univision Telemundo Milenio Proceso Reforma Jornada Universal Excélsior', 'Spanish-language outlets known by one name'],
]);

/** Nouns for an institution speaking as one: "the Defense Ministry said", "informó la cancillería". */
// prettier-ignore
export const institutionNouns = entries([
	['ministry secretariat department embassy consulate office', 'offices of state'],
	['government administration presidency cabinet council command police', 'governments and their bodies'],
	['Pentagon White_House Kremlin army navy senate congress', 'institutions known by name'],
	['board committee commission panel coalition alliance', 'bodies speaking as one: "the newspaper’s editorial board urged"'],
	['secretaría ministerio departamento cancillería embajada consulado oficina dependencia', 'Spanish: offices of state'],
	['gobierno administración presidencia consejo fiscalía ejército policía', 'Spanish: governments and their bodies'],
	['junta comité comisión coalición alianza', 'Spanish: bodies speaking as one'],
	['Casa_Blanca Pentágono Palacio_Nacional Senado Congreso Cámara', 'Spanish: institutions known by name'],
]);

/**
 * A set of person nouns that holds each Spanish one after "ex" too: "exministro",
 * "exfuncionaria", "expresidente" are the nouns' people, out of office.
 */
class PersonNouns extends Set<string> {
	override has(word: string): boolean {
		return super.has(word) || (/^ex\p{Ll}{4,}$/u.test(word) && super.has(word.slice(2)));
	}
}

/**
 * Nouns for a person, named or not, so that "a Sinaloa farmer" can be a speaker and "her
 * morning press conference" cannot; plurals too ("two US officials").
 */
// prettier-ignore
export const personNouns: ReadonlySet<string> = new PersonNouns(entries([
	['official officials spokesperson spokesman spokeswoman source sources aide aides adviser advisor', 'unnamed officials'],
	['diplomat diplomats negotiator negotiators officer agent general commander minister secretary ambassador sheriff mayor governor', 'offices held'],
	['chief head', 'the head of a ministry or force: "Security chief: …", "the defense chief said"'],
	['lawmaker lawmakers senator senators representative deputy legislator congressman congresswoman leader leaders', 'politicians'],
	['analyst analysts expert experts strategist professor researcher economist manager director investor', 'experts'],
	['judge judges attorney attorneys prosecutor prosecutors lawyer lawyers defendant', 'the courts: "Assistant U.S. Attorney Kevin Draper"'],
	['executive executives rancher hotelier operator', 'trades'],
	['farmer owner resident residents worker commenter reporter journalist person people man woman critic critics colleague colleagues', 'people met'],
	['columnist columnists commentator commentators editorialist editor editors', 'opinion writers: "wrote a columnist in Reforma"'],
	['student students protester protesters teacher driver shopkeeper', 'people met in the street: "a university student named …"'],
	['funcionario funcionarios funcionaria portavoz vocero vocera fuente fuentes asesor asesora', 'Spanish: unnamed officials'],
	['diplomático diplomática diplomáticos mando mandos agente general ministro ministra secretario secretaria embajador embajadora alcalde alcaldesa gobernador gobernadora canciller', 'Spanish: offices held'],
	['jefe jefa', 'Spanish: the head of a body ("el jefe de seguridad")'],
	['legislador legisladora senador senadora diputado diputada dirigente coordinador coordinadora líder', 'Spanish: politicians'],
	['analista analistas experto experta especialista economista director directora internacionalista internacionalistas profesor profesora investigador investigadora académico académica politólogo politóloga empresario empresaria', 'Spanish: experts'],
	['comerciante campesino productor vecino vecina habitante residente periodista reportero reportera persona hombre mujer colega colegas', 'Spanish: people met'],
	['columnista columnistas comentarista comentaristas editorialista articulista', 'Spanish: opinion writers'],
	['estudiante estudiantes manifestante manifestantes taxista maestro maestra chofer tendero tendera', 'Spanish: people met in the street ("el taxista Jesús Ochoa")'],
]));

/**
 * Nouns that stand for a body the sentences before named, after a determiner: "la
 * Secretaría de Gobernación celebró la votación. …, la dependencia sostuvo".
 */
// prettier-ignore
export const anaphoricNouns = entries([
	['agency department body institution', 'English'],
	['dependencia organismo institución entidad', 'Spanish'],
]);

/** A document that speaks for whoever issued it: "“…,” the statement said". */
// prettier-ignore
export const documentNouns = entries([
	['statement post message letter release communiqué memo', 'English'],
	['claim rumor rumour', 'English: words passed around with no author ("a claim that spread … says")'],
	['comunicado mensaje carta publicación boletín tarjeta', 'Spanish'],
	['documento pronunciamiento', 'Spanish: a text named by what it is ("el documento sostiene")'],
]);

/** Nouns for someone's words, whose owner comes with them: "la respuesta de Sheinbaum", "Trump’s response". */
// prettier-ignore
export const speechNouns = entries([
	['response answer reply message words remarks comments warning', 'English'],
	['respuesta mensaje palabras declaraciones dichos comentarios advertencia postura', 'Spanish'],
]);

/**
 * Words that make a capitalised phrase a place or a body, not a person: "Mexico City",
 * "Palacio Nacional", "Air Force One", "El Colegio de México".
 */
// prettier-ignore
export const placeWords = entries([
	['City County State States United Ciudad Estado Estados Unidos', 'places'],
	['Mexico México Washington America América Americas Hemisphere', 'countries and regions'],
	['Palace Palacio House Casa Office Oficina Street Calle', 'buildings and streets'],
	['National Nacional Federal Force Guard Guardia Army Ejército', 'forces and federal bodies'],
	['Party Partido University Universidad Colegio Institute Instituto', 'parties and schools'],
	['Cartel Cártel Doctrine Doctrina Initiative Iniciativa Plan', 'groups and policies'],
]);

/** A phrase that sets words in a source's mouth with no verb: "according to the network, “…”". */
export interface SourcePhrase {
	lang: Lang;
	/** The phrase's words, lower-cased. */
	words: readonly string[];
	/** Only opening a sentence or clause: "Para el investigador X, el debate es “…”". */
	opensClause?: true;
	note: string;
}

// prettier-ignore
export const sourcePhrases: readonly SourcePhrase[] = [
	{ lang: 'en', words: ['according', 'to'], note: 'the common English form' },
	{ lang: 'en', words: ['in', 'the', 'words', 'of'], note: 'a literary form' },
	{ lang: 'es', words: ['según'], note: 'the common Spanish form' },
	{ lang: 'es', words: ['de', 'acuerdo', 'con'], note: 'a formal form' },
	{ lang: 'es', words: ['a', 'decir', 'de'], note: 'a formal form' },
	{ lang: 'es', words: ['en', 'palabras', 'de'], note: 'a literary form' },
	{ lang: 'es', words: ['para'], opensClause: true, note: 'an opinion set in its holder’s mouth; elsewhere "para" is only "for"' },
];
