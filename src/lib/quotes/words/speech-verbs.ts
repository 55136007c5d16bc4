import type { Lang } from './language.ts';
import { en, enRegular, es, esForms, type SpeechVerb } from './verb-forms.ts';

export type { SpeechVerb } from './verb-forms.ts';

/** The speech verbs, English then Spanish; one entry a line, with why it is here. */
// prettier-ignore
export const speechVerbs: readonly SpeechVerb[] = [
	en('say says said saying', 'the plain verb of speech'),
	enRegular('state declare', 'formal speech'),
	en('tell tells told telling', 'speech to someone ("told reporters")'),
	enRegular('add continue conclude', 'a second remark'),
	enRegular('recount recall', 'telling of the past'),
	enRegular('note remark observe', 'remarks'),
	en('quip quips quipped quipping', 'remarks: a doubled consonant'),
	en('joked', 'remarks in jest: only the past, as "joke" and "jokes" are nouns too'),
	enRegular('muse speculate', 'thinking aloud: "Trump has mused about strikes on “…”"'),
	enRegular('warn insist caution', 'warnings'),
	enRegular('argue claim contend maintain assert', 'argument'),
	en('countered', 'argument: only the past, as "counter" and "counters" are nouns too'),
	enRegular('emphasize emphasise stress', 'emphasis'),
	enRegular('explain', 'explanation'),
	en('write writes wrote written posted tweeted', 'written words: articles, posts, letters'),
	en('reads', 'written words shown: "“…,” reads one post", "a sign reads “…”"'),
	en('ask asks asked', 'questions', { question: true }),
	enRegular('reply respond answer retort', 'answers', { answer: true }),
	en('announce announced reported reporting confirmed', 'announcements; an outlet "reported"'),
	en('vow vowed promise promised pledged assured', 'commitments'),
	enRegular('acknowledge concede', 'admissions'),
	en('admit admits admitted admitting', 'admissions: a doubled consonant'),
	enRegular('utter pronounce', 'uttering words: "it was the minister who uttered it"'),
	enRegular('urge', 'appeals'),
	en('demanded', 'demands: only the past, as "demands" is a noun too'),
	enRegular('accuse', 'accusations: "Opposition senators accuse her of “…”"'),
	en('put puts', '"as one general put it": only with "it" after', { followedBy: ['it'] }),
	en('commended praised celebrated hailed boasted touted', 'praise sets the praiser’s words', { praise: true }),
	en('call calls called calling describe described describes describing dubbed labelled labeled', 'naming: "called it “science fiction”" is speech, "a plan called “X”" a name', { naming: true }),
	esForms('dijo dijeron dice dicen decía decían dijera dijeran dirá dicho diciendo', 'decir: the plain verb of speech'),
	esForms('decir', 'decir governed by "a": "se limitó a decir", "alcanzó a decir"; never "quiere decir" (means)', { precededBy: ['a'] }),
	es('afirmar asegurar aseverar declarar manifestar expresar externar', 'assertion'),
	esForms('sostuvo sostuvieron sostiene sostienen sostenía sostuviera sostenido sosteniendo', 'sostener: to maintain'),
	es('señalar apuntar indicar precisar puntualizar detallar acotar mencionar', 'pointing out'),
	es('recalcar subrayar destacar enfatizar remarcar insistir reiterar', 'emphasis'),
	es('relatar narrar explicar comentar platicar', 'telling: "relató la mandataria"'),
	esForms('contó contaron cuenta cuentan contaba contado contando', 'contar: to tell'),
	esForms('recordó recordaron recuerda recuerdan recordaba recordado recordando', 'recordar: to recall'),
	esForms('repitió repite repiten repitieron repetido repitiera repitieran repetía', 'repetir: "repitió que es “una mentira”", "que el canciller repitiera que …"'),
	es('añadir agregar abundar continuar completar rematar resumir zanjar sentenciar', 'a second remark'),
	esForms('concluyó concluye concluyeron concluido', 'concluir'),
	esForms('advirtió advirtieron advierte advierten advertía advertido advirtiendo', 'advertir: to warn'),
	esForms('refirió refiere refieren', 'referir: to refer, to tell'),
	esForms('confió confía confían confiaron', 'confiar: to confide, only before "que" ("confía en" is to trust)', { followedBy: ['que'] }),
	esForms('expuso expone exponen expuesto', 'exponer: to set out'),
	es('responder contestar replicar revirar', 'answers', { answer: true }),
	es('preguntar cuestionar', 'questions: "le preguntaron a la mandataria"', { question: true }),
	es('publicar tuitear postear', 'written words: columns, posts, statements'),
	esForms('escribió escribieron escribe escriben escribía escrito', 'escribir'),
	es('informar anunciar comunicar reportar revelar confirmar adelantar aclarar', 'announcements: "informó la cancillería"'),
	es('admitir reconocer conceder', 'admissions'),
	es('exigir reclamar criticar acusar denunciar lamentar celebrar', 'demands, complaints, praise'),
	es('opinar considerar', 'opinions given: "opinó", "consideró que el gobierno «…»"'),
	esForms('pidió pidieron pide piden pedía pidiera pedido', 'pedir: to ask for'),
	es('prometer garantizar asumir', 'commitments'),
	es('plantear', 'setting out a position: "planteó una cooperación … pero “sin sumisión”"'),
	esForms('propuso propusieron propone proponen proponía propuesto proponiendo', 'proponer: to propose, as "planteó"'),
	es('ironizar bromear atajar espetar', 'tone: "ironizó", "atajó la presidenta", "espetó"'),
	esForms('soltó suelta', 'soltar: to let fly'),
	es('pronunciar', 'uttering words: "fue el canciller quien la pronunció"'),
	esForms('negó niega negaron', 'negar: to deny'),
	esForms('dije respondí contesté expliqué pregunté comenté señalé aseguré insistí advertí propuse planteé', 'first person, in speech recounted by its speaker: "y yo le contesté: ‘no’"', { firstPerson: true }),
	es('calificar llamar tildar describir denominar definir bautizar', 'naming: "calificó la reunión como “muy buena”" is speech, "el llamado “X”" a name', { naming: true }),
];

const byForm = new Map<string, SpeechVerb>();
for (const verb of speechVerbs)
	for (const form of verb.forms) byForm.set(`${verb.lang}:${form.toLowerCase()}`, verb);

/** The speech verb `word` is a form of, in `lang`. */
export function speechVerbOf(word: string, lang: Lang): SpeechVerb | undefined {
	return byForm.get(`${lang}:${word.toLowerCase()}`);
}
