/**
 * The shape of one cue of a news page's interface. Its own module so that the cue lists, one
 * a kind of widget, and the list that orders them (ui-cues.ts) all import it without a cycle.
 */
export interface UiCue {
	/** What the line is, as provenance records it. */
	reason: string;
	pattern: RegExp;
	/** The line titles a list (of links, of tags): the short lines after it go with it. */
	opensTeasers?: true;
	/**
	 * The cue is a phrase no article sentence uses ("already a subscriber", "$4.99 a month"),
	 * so it removes a line even when the line reads as a sentence; other cues only flag one.
	 */
	evenInProse?: true;
}
