/**
 * The furniture of a newspaper's print replica and of a news agency's wire: the lines that
 * send the reader to another page ("Please see MEXICO, A6", "Continued from A1"), the index of
 * other pages, the agency's marks that a dispatch goes on or ends.
 */
import type { UiCue } from './ui-cue.ts';

const jump = 'jump line of a print page';

/** A print page's number: "A6", "B4-5", "C12". */
const page = String.raw`[A-H]\d{1,2}(?:[-–]\d{1,2})?`;

export const printAndWireCues: readonly UiCue[] = [
	// "This article appears in the January 2027 print edition", "This story appeared in our
	// March issue", "Este reportaje aparece en la edición impresa de diciembre": a magazine's
	// note of the issue the piece ran in, dated or not, which page-furniture-cues.ts's
	// "Published in the print edition" does not open.
	{
		evenInProse: true,
		reason: 'publication note',
		pattern:
			/^(?:this|a version of this) (?:article|story|piece|essay|report) (?:appears|appeared|ran|was published) in (?:the|our|this) (?:[\p{L}\d,]+ ){0,3}(?:print )?(?:edition|issue|magazine)\b|^(?:este|esta) (?:art[ií]culo|reportaje|texto|nota|cr[oó]nica) (?:aparece|apareci[oó]|se public[oó]|fue publicad[oa]) en (?:la|el|nuestra|nuestro) (?:edici[oó]n impresa|n[uú]mero|revista)\b/iu,
	},
	// "Please see MEXICO, A6", "See BORDER on Page A4", "Continued from A1", "Continued on
	// page 6", "Continúa en la página 8", "Viene de la página 1", "Pasa a la 6A".
	{
		reason: jump,
		pattern: new RegExp(
			String.raw`^(?:(?:please )?see [\p{L} '’-]{1,40},? (?:on )?(?:page )?${page}|continued (?:from|on) (?:page )?(?:${page}|\d{1,3})|(?:contin[úu]a|sigue|pasa) (?:en|a) (?:la )?(?:p[aá]gina |p[aá]g\.? )?(?:\d{1,3}[A-H]?|${page})|viene de (?:la )?(?:p[aá]gina |p[aá]g\.? )?(?:\d{1,3}[A-H]?|${page}))\.?$`,
			'iu',
		),
	},
	// "Weather B8", "Obituaries B4-5", "Page A6", "Opinion A10": a page's number after the name
	// of what it holds, as a print front page indexes the others.
	{
		reason: 'print page index',
		pattern: new RegExp(String.raw`^(?:\p{L}[\p{L}&'’]*\s){1,2}${page}$`, 'u'),
	},
	// "INSIDE", "Inside today", "In this edition", "En esta edición": the title of that index,
	// whose short lines go with it.
	{
		reason: 'print page index',
		opensTeasers: true,
		pattern:
			/^(?:inside(?: today| this (?:issue|edition))?|in this (?:issue|edition)|en esta edici[oó]n)$/i,
	},
	// "(more)", "(más)", "-more-", "(sigue)", "(END)", "(fin)": a wire's mark that the dispatch
	// goes on in the next one, or ends.
	{
		reason: 'wire mark',
		pattern:
			/^(?:\((?:more|m[aá]s|sigue|contin[úu]a|end|fin)\)|-+\s*(?:more|m[aá]s|end|fin)\s*-+)$/i,
	},
	// "THIS IS A RUSH TRANSCRIPT. IT MAY CONTAIN ERRORS …", "This transcript may not be in its
	// final form", "Versión preliminar, sujeta a revisión": a broadcaster's or a legislature's
	// notice over a transcript it has not checked.
	{
		evenInProse: true,
		reason: 'transcript notice',
		pattern:
			/^(?:this is a rush transcript|this transcript may not be in its final form|versi[oó]n (?:preliminar|estenogr[aá]fica preliminar),? sujeta a (?:revisi[oó]n|correcci[oó]n))/i,
	},
	// "---o0o---", "-0-", "-30-", "- o0o -": the mark a press office or a wire closes a release
	// with, between dashes.
	{ reason: 'wire mark', pattern: /^[-–—=~*]+\s*(?:o0o|0o0|0|30)\s*[-–—=~*]+$/i },
];
