/**
 * The words that tell how a sentence handles a claim, in English and Spanish: who says it
 * (attributes), that it is denied (disputes), that it is doubted (questions). Each entry is
 * one cue and why it counts. Patterns match the sentence with quote marks normalised,
 * case-insensitively; negation and doubt count only near the words the sentence shares
 * with the claim (see suggest-stance.ts).
 */
export type StanceCue = 'speech' | 'negation' | 'doubt';

export interface StanceWord {
	cue: StanceCue;
	pattern: RegExp;
}

export const stanceWords: readonly StanceWord[] = [
	// "she said", "he says", "Trump told reporters": a person's words, reported.
	{ cue: 'speech', pattern: /\b(?:said|says|told|tells|telling)\b/i },
	// "stated", "declared", "announced", "insisted": formal speech verbs of reporting.
	{
		cue: 'speech',
		pattern:
			/\b(?:stat(?:ed|es|ing)|declar(?:ed|es|ing)|announc(?:ed|es|ing)|insist(?:ed|s|ing))\b/i,
	},
	// "argue", "claimed", "experts warn", "suggested", "called": a position put by someone.
	{
		cue: 'speech',
		pattern:
			/\b(?:argu(?:e|ed|es|ing)|claim(?:ed|s|ing)|warn(?:ed|s|ing)?|suggest(?:ed|s|ing)|called|calls|accus(?:ed|es|ing))\b/i,
	},
	// "recalled", "recounted", "emphasized", "assured", "stressed", "noted": what a speaker did.
	{
		cue: 'speech',
		pattern:
			/\b(?:recall(?:ed|s)|recount(?:ed|s)|emphasi[sz](?:ed|es)|assur(?:ed|es)|stress(?:ed|es)|noted|vowed|pledged|reiterated)\b/i,
	},
	// "according to", "as quoted by", "in the words of": a source named for the claim.
	{ cue: 'speech', pattern: /\b(?:according to|as quoted by|in the words of)\b/i },
	// "experts believe", "analysts view", "they believe": a camp's view, not the outlet's.
	{
		cue: 'speech',
		pattern:
			/\b(?:experts?|analysts?|critics?|officials?|some|they|many|others)\s+(?:\w+\s+)?(?:believe|view|think|say|see)\b/i,
	},
	// Spanish: "dijo", "afirmó", "declaró", "aseguró", "señaló", "advirtió", "según".
	{
		cue: 'speech',
		pattern:
			/(?:^|[^\p{L}])(?:dijo|dice|afirm[óa]|declar[óa]|asegur[óa]|señal[óa]|advirti[óo]|sostuvo|insisti[óo]|según)(?![\p{L}])/iu,
	},
	// "not", "never", "no longer", "n't": the sentence denies what it shares with the claim.
	{ cue: 'negation', pattern: /\b(?:not|never|no longer|nor)\b|n't\b/i },
	// "rather than", "instead of", "under the guise of": the claim named to be set aside.
	{ cue: 'negation', pattern: /\b(?:rather than|instead of|under the guise of|far from)\b/i },
	// "false", "wrong", "myth", "ineffective", "impossible", "simplistic": judged untrue or futile.
	{
		cue: 'negation',
		pattern: /\b(?:false|wrong|myth|ineffective|impossible|simplistic|misguided|unfounded)\b/i,
	},
	// Spanish: "no", "nunca", "jamás", "falso", "en lugar de": denial.
	{ cue: 'negation', pattern: /(?:^|[^\p{L}])(?:no|nunca|jamás|falso|en lugar de)(?![\p{L}])/iu },
	// "whether", "doubt", "questionable", "unclear", "uncertain": the claim held open.
	{
		cue: 'doubt',
		pattern: /\b(?:whether|doubts?|doubtful|questionable|unclear|uncertain|skeptical|sceptical)\b/i,
	},
	// "raises concerns", "raises questions", "is it really": doubt voiced as a question.
	{
		cue: 'doubt',
		pattern: /\b(?:raises? (?:concerns?|questions?)|is it really|true objective)\b/i,
	},
	// Spanish: "si acaso", "duda", "cuestionable", "incierto".
	{
		cue: 'doubt',
		pattern: /(?:^|[^\p{L}])(?:duda|dudas|cuestionable|incierto|incierta)(?![\p{L}])/iu,
	},
];
