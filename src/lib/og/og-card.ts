/** What a preview image shows: the kind of page, its title, and what is compared. */
export interface OgCard {
	/** "Story", "Article", "Comparison", "Claim". */
	kind: string;
	title: string;
	/** Up to four lines under the title: outlets and headlines, or each side's stance. */
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

function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The card as the element tree satori lays out: 1200×630, the site's colours. */
export function ogCardTree(card: OgCard): Node {
	const column = { width: '100%', flexDirection: 'column' };
	return h(
		{
			...column,
			width: 1200,
			height: 630,
			boxSizing: 'border-box',
			gap: 32,
			padding: '56px 72px',
			background: '#fdfdfb',
			color: '#1b1b1f',
			fontFamily: 'Inter',
		},
		[
			h(
				{ fontSize: 30, fontWeight: 700, color: '#0b5cad' },
				`PARALLAX · ${card.kind.toUpperCase()}`,
			),
			h(
				{
					...column,
					fontSize: card.title.length > 80 ? 44 : 54,
					fontWeight: 700,
					lineHeight: 1.15,
				},
				clip(card.title, 140),
			),
			h(
				{
					...column,
					marginTop: 'auto',
					gap: 8,
					fontSize: 26,
					color: '#55555f',
					borderTop: '3px solid #d6d4cc',
					paddingTop: 20,
				},
				card.lines.slice(0, 4).map((line) => h({}, clip(line, 80))),
			),
		],
	);
}
