/**
 * The site saying what it is, on every page and in no article: its logo's alternative text,
 * pasted as a line, and the acknowledgement of country Australian sites carry in their footer.
 */
import type { UiCue } from './ui-cue.ts';

export const siteIdentityCues: readonly UiCue[] = [
	// "Public broadcaster logo", "Logo de Radio Norte": an image's alternative text, pasted as a
	// line. A subhead about a logo has an article in front ("The new logo").
	{
		reason: "a logo's alternative text",
		pattern:
			/^(?!(?:the|a|an|our|its|el|la|un|una|nuestro)\s)[\p{L}&'’ ]{2,40} logo$|^logo (?:de|del|of) [\p{L}&'’ ]{2,40}$/iu,
	},
	// "First Nations acknowledgement", "Acknowledgement of Country", and the statement under it
	// ("We acknowledge the Traditional Custodians …", "Our newsroom pays respect to the First
	// Nations owners …"): the footer Australian sites carry on every page. Only in the statement's
	// own form, "we"/"our …" paying respect: a story about land rights names owners otherwise.
	{
		evenInProse: true,
		reason: "the site's acknowledgement of country",
		pattern:
			/^(?:(?:first nations|aboriginal(?: and torres strait islander)?|indigenous) acknowledge?ment|acknowledge?ment of country)$|^(?:we|our (?:newsroom|organi[sz]ation|company|team|staff)) (?:acknowledges?|pays? (?:our )?respects?|recogni[sz]es?)\b.{0,60}\b(?:first nations|aboriginal|traditional (?:owners|custodians))/i,
	},
];
