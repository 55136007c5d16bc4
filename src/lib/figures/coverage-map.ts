import { charsThatFit, wrapLines } from './text-fit.ts';

/** The claim groups a bar is split into, in the order drawn. */
export const claimBarKinds = ['differ', 'agreed', 'only'] as const;
export type ClaimBarKind = (typeof claimBarKinds)[number];

/** One article as the coverage figure shows it. */
export interface CoverageMapArticle {
	/** Its step on the story's stance scale (0 = the first); undefined when not yet judged. */
	step: number | undefined;
	claims: Record<ClaimBarKind, number>;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** A text to draw, in figure units. */
export interface Label {
	x: number;
	y: number;
	text: string;
	/** Where the text hangs from x; `start` when absent. */
	anchor?: TextAnchor;
}

/** A circle to draw, in figure units. */
export interface Circle {
	cx: number;
	cy: number;
	r: number;
}

/** One article's marks: its dot on the stance scale (or a note), and its bar of claims. */
export interface CoverageMarks {
	track: { x1: number; x2: number; y: number };
	ticks: Circle[];
	dot: Circle | undefined;
	unjudged: Label | undefined;
	segments: { kind: ClaimBarKind; x: number; y: number; width: number; height: number }[];
	count: Label;
}

/**
 * The coverage figure's drawings, in units of their viewBoxes (one unit one CSS pixel at full
 * size): a head naming the scale's steps and the bars, and a strip of marks per article. They
 * share one width, so the page can set them one under another, each beside its article's
 * label (written in HTML, so no article's words are ever drawn into an SVG).
 */
export interface CoverageMapGeometry {
	width: number;
	/**
	 * The head: every step named (`steps`), or only the scale's two ends (`poles`), for when
	 * the drawings are shown small; and the bars' name.
	 */
	head: { height: number; steps: Label[][]; poles: Label[][]; claims: Label };
	row: { height: number };
	rows: CoverageMarks[];
	/**
	 * True past `compactAfter` articles: where the figure is wide, each headline then takes one
	 * line across it, with the drawing under it beside the article's kind and date.
	 */
	compact: boolean;
}

/**
 * How many articles the figure shows in roomy rows, a wrapped headline beside each drawing
 * (about 85 px a row at 1440 px): five fill a 1440×900 screen with the story's title and
 * the start of "where they differ". Past five a row is compact, a line of headline across the
 * figure over its drawing (about 51 px), and that screen holds the figure whole up to eight.
 */
export const compactAfter = 5;

const width = 380;
const stripWidth = 240;
const barX = 254;
const barMax = 96;
const rowHeight = 24;
const headSize = 9.5;

/**
 * The coverage figure of a story: for each article its dot on the story's stance scale
 * (`steps`, first to last) and a bar of the claims it makes, split into those where the
 * articles part ways, those it shares without parting, and those it alone makes. Bars share
 * one scale, the longest article's.
 */
export function coverageMap(
	steps: readonly string[],
	articles: readonly CoverageMapArticle[],
): CoverageMapGeometry {
	const step = stripWidth / Math.max(1, steps.length);
	const center = (i: number) => round(step * i + step / 2);
	const last = Math.max(0, steps.length - 1);
	const longest = Math.max(1, ...articles.map((a) => total(a.claims)));
	const mid = rowHeight / 2;
	return {
		width,
		head: {
			height: 30,
			steps: steps.map((label, i) =>
				wrapLines(label, charsThatFit(step - 2, headSize, 0.6), 2).map((text, line) => ({
					x: center(i),
					y: 11 + line * 11,
					text,
					anchor: 'middle',
				})),
			),
			poles:
				steps.length < 2
					? []
					: [
							wrapLines(steps[0]!, charsThatFit(stripWidth / 2 - 4, 12, 0.52), 2).map(
								(text, line) => ({
									x: 0,
									y: 11 + line * 13,
									text,
								}),
							),
							wrapLines(steps[last]!, charsThatFit(stripWidth / 2 - 4, 12, 0.52), 2).map(
								(text, line) => ({
									x: stripWidth,
									y: 11 + line * 13,
									text,
									anchor: 'end' as const,
								}),
							),
						],
			claims: { x: barX, y: 22, text: 'Claims' },
		},
		row: { height: rowHeight },
		compact: articles.length > compactAfter,
		rows: articles.map((article) => {
			let x = barX;
			const segments = claimBarKinds
				.filter((kind) => article.claims[kind] > 0)
				.map((kind) => {
					const length = round((article.claims[kind] / longest) * barMax);
					const segment = { kind, x, y: mid - 6, width: length, height: 12 };
					x = round(x + length);
					return segment;
				});
			return {
				track: { x1: center(0), x2: center(last), y: mid },
				ticks: steps.map((_, i) => ({ cx: center(i), cy: mid, r: 2.5 })),
				dot: article.step === undefined ? undefined : { cx: center(article.step), cy: mid, r: 7 },
				unjudged:
					article.step === undefined
						? { x: stripWidth / 2, y: mid - 5, text: 'not yet judged', anchor: 'middle' }
						: undefined,
				segments,
				count: { x: x + 5, y: mid + 4, text: String(total(article.claims)) },
			};
		}),
	};
}

const round = (n: number) => Math.round(n * 10) / 10;

function total(claims: Record<ClaimBarKind, number>): number {
	return claims.differ + claims.agreed + claims.only;
}
