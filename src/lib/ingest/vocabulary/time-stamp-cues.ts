/**
 * Reading times and time stamps ("3 min read", "4 hours ago", "Updated: May 4, 2025").
 * A date written alone ("Monday, January 19, 2026") is told by its words instead, in
 * shape-reasons.ts.
 */
import type { UiCue } from './ui-cue.ts';

const stamp = 'time stamp';

export const timeStampCues: readonly UiCue[] = [
	// "3 min read", "Tiempo de lectura: 2 minutos", "5 minutos de lectura".
	{
		reason: 'reading-time line',
		pattern:
			/\b\d+\s*(?:min(?:ute)?s?\.? read|min(?:utos?|\.)? de lectura)\b|^(?:tiempo de )?lectura:?\s*\d+\s*min|^tiempo de lectura\b/i,
	},
	// "4 hours ago", "hace 3 horas", "17 hours ago", and the short forms a live blog's
	// key-events box and an aggregator set ("2h ago", "35m ago", "hace 2 h"), a forum's with
	// a dot ("13 hr. ago").
	{
		reason: stamp,
		pattern:
			/\b\d+\s+(?:seconds?|minutes?|mins?\.?|hours?|hrs?\.?|days?|weeks?)\s+ago\b|\b\d+\s?(?:s|m|h|d|w|min|hr)\s+ago\b|^hace\s+\d+\s*(?:segundos?|minutos?|min|horas?|hrs?|h|d[ií]as?|d|semanas?)$/i,
	},
	// "Actualizado el 05/11/2025, 11:05 a. m.", "Updated 03.02.2026 09:14 h": the stamp word and
	// figures only, whose closing "m." makes it look like a sentence.
	{
		evenInProse: true,
		reason: stamp,
		pattern:
			/^(?:updated|published|posted|actualizado|publicado|modificado)(?: (?:on|at|el|a las))?:?\s*\d[\d/.,:\s-]*(?:\s*(?:[ap]\.?\s?m\.?|h|hrs|GMT|UTC|ET))?\.?$/i,
	},
	// "Fecha de publicación", "Publication date:", "Última actualización": a stamp's label alone
	// on its line, the date on the next (or lost in the paste).
	{
		reason: stamp,
		pattern:
			/^(?:fecha de (?:publicaci[oó]n|actualizaci[oó]n)|[uú]ltima (?:actualizaci[oó]n|modificaci[oó]n)|publication date|date published|last (?:updated|modified))\s*:?$/i,
	},
	// "Updated: May 4, 2025", "Updated 6:03 PM ET", "Published 10:41 AM", "Posted May 3", "Actualizado: …".
	{
		reason: stamp,
		pattern:
			/^(?:updated|published|posted|last updated|originally published|actualizado|publicado|modificado)\b:?\s*(?:on\s+|at\s+|el\s+|al\s+|a las\s+|hace\s+)?(?:\d|[a-z]{3,9}\.?\s+\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)/i,
	},
];
