/** A figure a preview card shows large: "12" over "claims they agree on". */
export interface OgStat {
	value: number;
	label: string;
	/** Colours the figure: agreement, difference, or neither. */
	tone?: 'agree' | 'differ' | 'neutral';
}

/** What a preview image shows: the kind of page, its title, and what is compared. */
export interface OgCard {
	/** "Story", "Article", "Comparison", "Claim". */
	kind: string;
	title: string;
	/** Up to four figures under the title: the comparison's own numbers. */
	stats?: OgStat[];
	/** Up to four lines at the foot: outlets and headlines, or each side's stance. */
	lines: string[];
}

interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: (Node | string)[] | string };
}

const h = (style: Record<string, string | number>, children: (Node | string)[] | string): Node => ({
	type: 'div',
	props: { style: { display: 'flex', ...style }, children },
});

/** The text cut to `max` characters at a word's end, with an ellipsis when cut. */
function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** The light theme's colours (src/styles/tokens.css): cards are drawn once, in light. */
const colours = {
	background: '#fbfaf7',
	text: '#1a1a1e',
	muted: '#5a5a63',
	rule: '#e2dfd6',
	accent: '#0b57a4',
	agree: '#1f59a8',
	differ: '#b3261e',
	neutral: '#1a1a1e',
} as const;

function statsRow(stats: readonly OgStat[]): Node {
	return h(
		{ gap: 56 },
		stats
			.slice(0, 4)
			.map((stat) =>
				h({ flexDirection: 'column', maxWidth: 320 }, [
					h(
						{
							fontSize: 76,
							fontWeight: 700,
							lineHeight: 1,
							color: colours[stat.tone ?? 'neutral'],
						},
						String(stat.value),
					),
					h({ fontSize: 24, color: colours.muted, marginTop: 8 }, clip(stat.label, 40)),
				]),
			),
	);
}

/** The card as the element tree satori lays out: 1200×630, the site's colours. */
export function ogCardTree(card: OgCard): Node {
	const column = { width: '100%', flexDirection: 'column' };
	const stats = card.stats ?? [];
	const titleSize =
		stats.length > 0
			? card.title.length > 100
				? 38
				: card.title.length > 60
					? 42
					: 48
			: card.title.length > 80
				? 44
				: 54;
	return h(
		{
			...column,
			width: 1200,
			height: 630,
			boxSizing: 'border-box',
			gap: stats.length > 0 ? 28 : 32,
			padding: '56px 72px',
			background: colours.background,
			color: colours.text,
			fontFamily: 'Inter',
		},
		[
			h(
				{ fontSize: 30, fontWeight: 700, color: colours.accent },
				`PARALLAX · ${card.kind.toUpperCase()}`,
			),
			h(
				{ ...column, fontSize: titleSize, fontWeight: 700, lineHeight: 1.15 },
				clip(card.title, stats.length > 0 ? 200 : 140),
			),
			...(stats.length > 0 ? [statsRow(stats)] : []),
			h(
				{
					...column,
					marginTop: 'auto',
					gap: 8,
					fontSize: 26,
					color: colours.muted,
					borderTop: `3px solid ${colours.rule}`,
					paddingTop: 20,
				},
				card.lines.slice(0, stats.length > 0 ? 2 : 4).map((line) => h({}, clip(line, 80))),
			),
		],
	);
}
