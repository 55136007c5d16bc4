/**
 * The words of a news page's interface, not of its articles, kept as data: one module a kind
 * of widget, one comment a cue. Callers import from here; ui-cues.ts orders the cue lists.
 */
export { promotionCues, type PromotionCue, type PromotionFamily } from './promotion-words.ts';
export { shareButtons } from './share-and-comment-cues.ts';
export type { UiCue } from './ui-cue.ts';
export { uiCue, uiCues } from './ui-cues.ts';
export { endMarks, isEndMark } from './end-mark-cues.ts';
export { isCreditLine } from './credit-line-cues.ts';
export { pollButton, pollTitle } from './poll-cues.ts';
