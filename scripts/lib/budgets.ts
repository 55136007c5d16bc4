import type { PageName } from './page-weight.ts';
import type { PageMeasure } from './site-measures.ts';

/** The pages a reader reads and compares on: their scripts must stay tiny. */
const readingPages: readonly PageName[] = ['article', 'pair compare', 'many-way compare'];

export const budgets = {
	/** JavaScript on reading pages before search is opened, gzipped bytes. */
	readingJsGzip: 5 * 1024,
	/** HTML + CSS + fonts of any page, gzipped bytes. */
	documentGzip: 100 * 1024,
	performance: 98,
	accessibility: 100,
	bestPractices: 100,
	seo: 100,
} as const;

/** Every budget a measured page breaks, one readable line each; empty when all hold. */
export function overBudget(pages: readonly PageMeasure[]): string[] {
	const problems: string[] = [];
	for (const { name, route, weight, lighthouse } of pages) {
		const at = `${name} (/${route})`;
		const { html, css, font, js } = weight.byKind;
		if (readingPages.includes(name) && js.gzip > budgets.readingJsGzip)
			problems.push(`${at}: JavaScript ${js.gzip} B gzipped, over ${budgets.readingJsGzip} B`);
		const document = html.gzip + css.gzip + font.gzip;
		if (document > budgets.documentGzip)
			problems.push(`${at}: HTML+CSS+fonts ${document} B gzipped, over ${budgets.documentGzip} B`);
		for (const [category, least] of [
			['performance', budgets.performance],
			['accessibility', budgets.accessibility],
			['bestPractices', budgets.bestPractices],
			['seo', budgets.seo],
		] as const)
			if (lighthouse[category] < least)
				problems.push(`${at}: Lighthouse ${category} ${lighthouse[category]}, below ${least}`);
	}
	return problems;
}
