import type { CheckedContent } from '../checked-content.ts';
import type { Problem } from '../problems.ts';

/**
 * No article publishes a line ingestion was unsure of until an editor has reviewed it:
 * each flagged line still in the body (not also in `removed`) needs `kept: true`.
 */
export function checkUnreviewedLines(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	for (const article of content.articles.values()) {
		const { removed, flagged } = article.data.provenance;
		const gone = new Set(removed.map((entry) => entry.line));
		flagged.forEach((entry, i) => {
			if (entry.kept || gone.has(entry.line)) return;
			problems.push({
				file: article.file,
				field: `provenance.flagged.${i}`,
				message: `line ${entry.line} ${JSON.stringify(entry.text.trim())} is flagged (${entry.reason}) and not reviewed`,
				expected:
					'move it to provenance.removed with a reason and delete it from the body, or add `kept: true`',
			});
		});
	}
	return problems;
}
