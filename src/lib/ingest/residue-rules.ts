/**
 * Lines that are scraping residue, not the author's words: each rule names the residue
 * it removes. Rules match a whole trimmed line, so a sentence that merely mentions
 * "subscribe" is never touched.
 */
export interface ResidueRule {
	/** Why the line goes, as provenance records it. */
	reason: string;
	pattern: RegExp;
}

export const residueRules: readonly ResidueRule[] = [
	{ reason: 'pagination prompt', pattern: /^scroll (?:for|to) next(?: article| story)?$/i },
	{
		reason: 'related-link teaser',
		pattern:
			/^(?:from the website|read more|read also|also read|related|recommended|more from|you may also like|see also)\s*:\s*\S/i,
	},
	{ reason: 'newsletter prompt', pattern: /^discover more from .{1,80}$/i },
	{
		reason: 'subscribe prompt',
		pattern: /^(?:subscribe|sign up)\b.{0,80}(?:email|inbox|newsletter|posts|updates|reading)\.?$/i,
	},
	{
		reason: 'subscribe prompt',
		pattern: /^(?:subscribe|sign up|sign in|log in|register)(?: now| here| today)?[.!]?$/i,
	},
	{
		reason: 'paywall notice',
		pattern:
			/^(?:this (?:article|content) is (?:for|available to) (?:subscribers|members)|you have reached your (?:free )?(?:article|story) limit|already a subscriber\?).*$/i,
	},
	{
		reason: 'share widget',
		pattern:
			/^(?:share(?: this(?: article| story)?)?|share on \w+|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|reddit|telegram|instagram|tiktok|youtube|bluesky|threads|pinterest|flipboard)\s*:?$/i,
	},
	{
		reason: 'share widget',
		pattern:
			/^(?:(?:facebook|twitter|x|linkedin|whatsapp|reddit|email|telegram)\s*[|·•,]?\s*){2,}$/i,
	},
	{
		reason: 'navigation',
		pattern:
			/^(?:home|skip to (?:main )?content|menu|search|close|back to top|next article|previous article)$/i,
	},
	{ reason: 'navigation breadcrumb', pattern: /^home\s*[»›>/|].{0,80}$/i },
	{ reason: 'tag line', pattern: /^(?:tags?|topics?|filed under|categories)\s*:.{0,200}$/i },
	// "Copyright 2026 …", "Copyright © …", "Copyright by …"; not "Copyright holders sued …", a
	// sentence of the text, whose next word is in lower case.
	{
		reason: 'copyright line',
		pattern: /^(?:©|\([cC]\)|COPYRIGHT\b|[Cc]opyright\b(?!\s+(?!by\b|of\b)\p{Ll})).{0,160}$/u,
	},
	{
		reason: 'advertisement marker',
		pattern: /^(?:advertisement|sponsored|ad|story continues below(?: advertisement)?)$/i,
	},
];

/** The reason a line is residue, or undefined when it is (as far as rules can tell) text. */
export function residueReason(line: string): string | undefined {
	return residueRules.find((rule) => rule.pattern.test(line))?.reason;
}

/** "Discover more from <Outlet>" names the outlet: a hint ingestion may use. */
export function outletHint(line: string): string | undefined {
	return /^discover more from (.{1,80})$/i.exec(line)?.[1]?.trim();
}
