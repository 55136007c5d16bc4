import {
	deepestNesting,
	findUnsafeConstructs,
	markdownText,
	maxNesting,
	parseMarkdown,
} from '../../../markdown/markdown-text.ts';
import { normaliseForMatch } from '../../text/text-match.ts';
import type { Problem } from '../problems.ts';

/** Problems with one article body: empty, raw HTML, or links that could run or load something. */
export function bodyProblems(file: string, body: string): Problem[] {
	const nesting = deepestNesting(body);
	if (nesting.depth > maxNesting) {
		return [
			{
				file,
				field: 'body',
				message: `nests quotes or lists ${nesting.depth} levels deep on body line ${nesting.line}`,
				expected: `at most ${maxNesting} levels; article text is data, not markup`,
			},
		];
	}
	const tree = parseMarkdown(body);
	const problems: Problem[] = [];
	if (normaliseForMatch(markdownText(tree)) === '') {
		problems.push({
			file,
			field: 'body',
			message: 'is empty',
			expected: 'the article text after the frontmatter',
		});
	}
	for (const unsafe of findUnsafeConstructs(tree)) {
		problems.push({
			file,
			field: 'body',
			message: `holds ${unsafe.what}${unsafe.line ? ` on body line ${unsafe.line}` : ''}`,
			expected: 'plain text and Markdown only; article text is data, not markup',
		});
	}
	return problems;
}
