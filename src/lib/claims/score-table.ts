import type { SuggestionScore } from './score-suggestions.ts';

const percent = (part: number, whole: number) =>
	whole === 0 ? '    —' : `${((100 * part) / whole).toFixed(0).padStart(4)}%`;

const ratio = (part: number, whole: number) =>
	`${percent(part, whole)} ${`${part}/${whole}`.padStart(7)}`;

/** The scores as aligned lines: recall, precision, stance accuracy, claims only one makes. */
export function scoreTable(title: string, scores: readonly SuggestionScore[]): string[] {
	const width = Math.max(8, ...scores.map((score) => score.label.length));
	const head = `${'article'.padEnd(width)}  ${'recall'.padStart(13)}  ${'precision'.padStart(13)}  ${'stance'.padStart(13)}  only here`;
	return [
		title,
		head,
		...scores.map(
			(score) =>
				`${score.label.padEnd(width)}  ${ratio(score.found, score.covered)}  ${ratio(score.right, score.suggestions)}  ${ratio(score.stanceRight, score.withStance)}  ${String(score.onlyHere).padStart(9)}`,
		),
	];
}
