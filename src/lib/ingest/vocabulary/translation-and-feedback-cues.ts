/**
 * The words of two widgets an article page may carry: the notice and buttons of a machine
 * translation ("Translated by AI", "Show original") and the box asking whether the page
 * helped ("Was this fact-check helpful?", "¿Te fue útil esta información?").
 */
import type { UiCue } from './ui-cue.ts';

const translation = 'machine translation notice or button';

export const translationAndFeedbackCues: readonly UiCue[] = [
	// "This article was translated from Spanish by an automated tool …", "Translated by AI",
	// "Este artículo fue traducido automáticamente": the page telling how its text was made,
	// in words an article about translation would not open with.
	{
		evenInProse: true,
		reason: translation,
		pattern:
			/^(?:this (?:article|story|text|page) (?:was|has been) (?:machine[- ])?translated\b|translated (?:by ai|automatically|with ai)\b|(?:este|esta) (?:art[ií]culo|nota|texto|p[aá]gina) (?:fue|ha sido) traducid[oa] (?:autom[aá]ticamente|por (?:ia|inteligencia artificial|una herramienta))|traducid[oa] (?:por ia|autom[aá]ticamente)\b)/i,
	},
	// "Read the original article in Spanish: …", "Lee la nota original en inglés": the link to
	// the source of a translation, with its headline.
	{
		evenInProse: true,
		reason: translation,
		pattern:
			/^(?:read|see|view) the original (?:article|story|text|version)\b|^(?:lee|leer|ver) (?:la nota|el art[ií]culo|el texto) original\b/i,
	},
	// "Show original", "See original", "Ver original", "Ver texto original": the translation's
	// button back to the source text.
	{
		reason: translation,
		pattern:
			/^(?:show|see|view) (?:the )?original(?: text| article)?$|^ver (?:el )?(?:texto |art[ií]culo )?original$/i,
	},
	// "Report a translation error", "Reportar un error de traducción".
	{
		reason: translation,
		pattern: /^(?:report|flag) an? translation (?:error|problem|issue)$|^reportar (?:un )?error de traducci[oó]n$/i,
	},
	// "Read in Spanish", "Leer en inglés", "Read this in English": the language switch.
	{
		reason: translation,
		pattern:
			/^read (?:this )?(?:article |story )?in (?:spanish|english)$|^(?:leer|lee|ver) (?:esta nota |este art[ií]culo )?en (?:ingl[eé]s|espa[ñn]ol)$/i,
	},
	// "Was this fact-check helpful?", "Was this article useful?", "¿Te fue útil esta información?",
	// "¿Le resultó útil este artículo?": a feedback box, always a question to the reader.
	{
		evenInProse: true,
		reason: 'feedback prompt',
		// Its answers ("Yes" / "No", "Sí" / "No") and a rating's label follow it.
		opensTeasers: true,
		pattern:
			/^(?:was|is) this (?:[\w-]+ ){0,2}(?:helpful|useful)\?$|^(?:te|le) (?:fue|result[oó]|ha (?:sido|resultado)) [uú]til (?:esta|este|la|el) [\p{L} ]{3,30}\?$/iu,
	},
];
