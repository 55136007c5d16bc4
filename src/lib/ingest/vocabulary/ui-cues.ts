/**
 * The words of a news page's interface, not of its articles: what a subscribe box, a share
 * bar, a video player or a comment form says, in English and Spanish. Each entry is one cue
 * with the reason provenance records. A cue only ever decides a line that is not running
 * prose by itself: the classifier also weighs the line's length, its function words and
 * its neighbours (see classify-lines.ts), so "did not respond to a request for comment"
 * stays. Patterns match the trimmed line, case-insensitively.
 */
import { followAndLegalCues } from './follow-and-legal-cues.ts';
import { liveBlogCues } from './live-blog-cues.ts';
import { pageFurnitureCues } from './page-furniture-cues.ts';
import { paywallCues } from './paywall-cues.ts';
import { playerAndGalleryCues } from './player-and-gallery-cues.ts';
import { printAndWireCues } from './print-and-wire-cues.ts';
import { shareAndCommentCues } from './share-and-comment-cues.ts';
import { siteIdentityCues } from './site-identity-cues.ts';
import { teaserTitleCues } from './teaser-title-cues.ts';
import { timeStampCues } from './time-stamp-cues.ts';
import { translationAndFeedbackCues } from './translation-and-feedback-cues.ts';
import type { UiCue } from './ui-cue.ts';

/**
 * Every cue, in the order a line is tried against them: among the cues a line matches, the
 * first that holds even in prose wins, else the first of all, so the order decides the reason
 * recorded and whether a teaser list opens. Keep it when adding a cue.
 */
export const uiCues: readonly UiCue[] = [
	...paywallCues,
	...shareAndCommentCues,
	...teaserTitleCues,
	...followAndLegalCues,
	...playerAndGalleryCues,
	...timeStampCues,
	...pageFurnitureCues,
	...siteIdentityCues,
	...translationAndFeedbackCues,
	// Last, so the cues above keep the reasons they gave: none of these names their lines.
	...liveBlogCues,
	...printAndWireCues,
];

/** The cue a line matches, one that holds even in prose first. */
export function uiCue(line: string): UiCue | undefined {
	// Spanish opens an exclamation or a question with its own mark: "¡Síguenos …!" is "Síguenos";
	// a messaging channel or a newsletter sets an icon before a button's words: "🎁 Suscríbete".
	const bare = line.replace(/^(?:[¡¿]|\p{Extended_Pictographic}|\uFE0F|\u200D|\s)+/u, '');
	const matches = uiCues.filter((cue) => cue.pattern.test(line) || cue.pattern.test(bare));
	return matches.find((cue) => cue.evenInProse) ?? matches[0];
}
