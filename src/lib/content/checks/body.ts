import {
	deepestNesting,
	findUnsafeConstructs,
	markdownText,
	maxNesting,
	parseMarkdown,
} from '../../../markdown/markdown-text.ts';
import { normaliseForMatch } from '../../text/text-match.ts';
import { expectedWithoutControls, firstControlCharacter } from '../control-characters.ts';
import { maxBodyBytes, maxBodyLines, maxFlowWork, maxTextWork } from '../limits.ts';
import { parseCost } from '../parse-cost.ts';
import type { Problem } from '../problems.ts';

/**
 * Why a body must not reach the Markdown parser, found in linear time: too big, a control
 * character, nested too deeply, or shaped so that the parser would take too long. At most one
 * problem: each of these makes the others moot.
 */
export function unparsableBody(file: string, body: string): Problem | undefined {
	const problem = (message: string, expected: string): Problem => ({
		file,
		field: 'body',
		message,
		expected,
	});
	const bytes = Buffer.byteLength(body, 'utf8');
	if (bytes > maxBodyBytes)
		return problem(
			`is ${bytes} bytes`,
			`at most ${maxBodyBytes} bytes (${maxBodyBytes / 1024} KiB); longer text takes the build too long`,
		);
	const control = firstControlCharacter(body);
	if (control)
		return problem(
			`holds control character ${control.name} on body line ${control.line}`,
			expectedWithoutControls,
		);
	const nesting = deepestNesting(body);
	if (nesting.depth > maxNesting)
		return problem(
			`nests quotes or lists ${nesting.depth} levels deep on body line ${nesting.line}`,
			`at most ${maxNesting} levels; article text is data, not markup`,
		);
	const cost = parseCost(body);
	const { lines } = cost;
	if (lines.weight > maxBodyLines)
		return problem(
			`has too many lines to parse quickly: ${lines.opening} that may open a block, ${lines.continuing} that continue a paragraph, ${lines.blank} blank`,
			`at most ${maxBodyLines}, counting a continuing line as 1/4 and a blank one as 1/8; join lines that belong together`,
		);
	if (cost.text.work > maxTextWork)
		return problem(
			`is too dense with Markdown marks to parse quickly: the paragraph on body line ${cost.text.line} holds ${cost.text.marks} of [ ] * _ ~ \` \\ & < ! @ : and line breaks in ${cost.text.length} characters`,
			`at most ${maxTextWork} steps of look-back, about marks × paragraph length; split long paragraphs with blank lines and remove stray marks`,
		);
	if (cost.flow.work > maxFlowWork)
		return problem(
			`has ${cost.flow.count} nested list items, underlines, rules, HTML or definition lines from body line ${cost.flow.line} on, too many to parse quickly in ${body.length} characters`,
			`at most ${maxFlowWork} steps of look-back, such lines × body length; flatten nested lists`,
		);
	return undefined;
}

/** A body's problems, and its text as readers see it when it could be parsed. */
export function checkBody(file: string, body: string): { problems: Problem[]; text?: string } {
	const refused = unparsableBody(file, body);
	if (refused) return { problems: [refused] };
	const tree = parseMarkdown(body);
	const text = markdownText(tree);
	const problems: Problem[] = [];
	if (normaliseForMatch(text) === '') {
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
	return { problems, text };
}

/** Problems with one article body: unparsable, empty, raw HTML, or links that could run something. */
export function bodyProblems(file: string, body: string): Problem[] {
	return checkBody(file, body).problems;
}
