/**
 * The titles of a list of other stories ("Related", "Most read", "Lee también:"): the cues
 * that open a teaser list (`opensTeasers`), so that the short lines under them go with
 * them, and the inline "Trending: …" form that carries its teaser on the same line.
 */
import type { UiCue } from './ui-cue.ts';

const teaser = 'related-story teaser';

export const teaserTitleCues: readonly UiCue[] = [
	// "Related", "Related articles", "More news", "Most read", "Read next", "Lo más leído", "Relacionado",
	// "Read More", "Also Read", "Sigue leyendo:", "Seguí leyendo" (as Uruguay and Argentina
	// address the reader), "Lea también", "Mira esto", "Episodios anteriores": a list of
	// other stories follows (the formal "Lea" of a Central American daily too; "Te puede
	// interesar" comes with "le" and "les" as well, as the dailies that address the reader as
	// "usted" write it: "Le recomendamos", "Puede interesarle").
	{
		reason: teaser,
		opensTeasers: true,
		pattern:
			/^(?:related(?: \w+)?|more (?:news|stories|videos)|most (?:read|popular)|trending(?: now)?|recommended(?: videos| for you)?|you (?:might|may) also like|sponsored stories|relacionad[oa]s?|(?:noticias|notas|art[ií]culos|contenidos?) relacionad[oa]s|lo m[aá]s (?:le[ií]do|visto|reciente)|lo [uú]ltimo|[uú]ltimas noticias|(?:m[aá]s|otras) (?:noticias|videos|le[ií]das|informaci[oó]n)(?: (?:de|en|sobre) \S+(?: \S+)?)?|noticias de inter[eé]s|tambi[eé]n (?:te|le|les) puede interesar|(?:te|le|les) (?:puede|pueden|podr[ií]a) interesar|(?:te|le|les) (?:recomendamos|sugerimos)|recomendados?|(?:quiz[aá]s?|tal vez) (?:te|le|les) interese|(?:podr[ií]a|puede) interesar(?:te|le|les)|mir[aá] tambi[eé]n|lee tambi[eé]n|lea tambi[eé]n|contenido patrocinado|read next|up next|what to read next|lee a continuaci[oó]n|read more from \w+(?: \w+)?|read more|also read|read also|sigue leyendo|segu[ií] leyendo|keep reading|mira esto|lee esto|no te (?:lo )?pierdas|don'?t miss|see also|ver tambi[eé]n|(?:more|previous|past|latest|other|recent) episodes|(?:m[aá]s|otros|[uú]ltimos) episodios|episodios (?:anteriores|recientes))[:.]?$/i,
	},
	// "More in World": a section's link list.
	{
		reason: teaser,
		opensTeasers: true,
		pattern: /^more (?:stories |news |articles )?(?:in|from|on) \S+(?: &)?(?: \S+){0,2}$/i,
	},
	// "Trending: …", "Don't miss: …", "Read: …", "Lee también: …", "Te puede interesar: …", "Leé
	// también: …", "Le puede interesar: …", "Lea más: …" (the reader addressed as "usted", as
	// above).
	{
		evenInProse: true,
		reason: teaser,
		pattern:
			/^(?:trending|don'?t miss|must read|watch|lee tambi[eé]n|le[eé] tambi[eé]n|(?:te|le|les) (?:puede|pueden|podr[ií]a) interesar|(?:te|le|les) recomendamos|tambi[eé]n lee|sigue leyendo|ver tambi[eé]n|related article|read|lee|lea|lea tambi[eé]n|lee m[aá]s|lea m[aá]s|le[eé] m[aá]s|mira|mir[aá] tambi[eé]n|checa|checa tambi[eé]n|(?:podr[ií]a|puede) interesar(?:te|le|les)|(?:quiz[aá]s?|tal vez) (?:te|le|les) interese|nota relacionada|noticia relacionada|m[aá]s informaci[oó]n)\s*:\s*\S/i,
	},
	// "Cables relacionados", "Videos relacionados", "Más de Opinión", "Más en Nacional": another
	// list of stories, titled by its kind or its section (a capital: "Más de 300" is a number).
	// "Tags relacionados" and "Temas relacionados" title a tag list (page-furniture-cues.ts).
	{
		reason: teaser,
		opensTeasers: true,
		pattern:
			/^(?:(?![Tt]ags |[Tt]emas )\p{L}+ relacionad[oa]s|[Mm][aá]s (?:de|en) \p{Lu}\p{Ll}+(?: (?:y )?\p{Lu}\p{Ll}+)?)[:.]?$/u,
	},
	// "Read full story at The Border Ledger", "Lee la nota completa en …": an aggregator's link
	// to the story at its source, which ends a card; more cards follow.
	{
		reason: "an aggregator's link to the full story",
		opensTeasers: true,
		pattern:
			/^(?:read (?:the )?full (?:story|article)|continue reading|lee(?:r)? (?:la )?(?:nota|noticia) completa) (?:at|on|en) \S.{0,60}$/i,
	},
	// "Related article" above a single teaser.
	{ reason: teaser, opensTeasers: true, pattern: /^related (?:article|story)$/i },
];
