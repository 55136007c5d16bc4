import type { CheckedContent } from '../checked-content.ts';
import { expectedWithoutControls, firstControlCharacter } from '../control-characters.ts';
import { maxBodyBytes } from '../limits.ts';
import type { Problem } from '../problems.ts';
import { rawLines, sha256, utf8Text } from '../raw-text.ts';

/**
 * Each article's raw file exists, is no bigger than ingestion accepts, is UTF-8 without
 * control characters, hashes to the recorded sha256, and every line provenance lists
 * (removed, edited, flagged) is the raw line it claims to be.
 */
export function checkProvenance(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	for (const article of content.articles.values()) {
		const { provenance } = article.data;
		const expectedRaw = `raw/${article.id}.txt`;
		if (provenance.raw !== expectedRaw) {
			problems.push({
				file: article.file,
				field: 'provenance.raw',
				message: `is "${provenance.raw}"`,
				expected: expectedRaw,
			});
		}
		const bytes = content.raw.get(provenance.raw);
		if (!bytes) {
			problems.push({
				file: article.file,
				field: 'provenance.raw',
				message: `names content/${provenance.raw}, which does not exist`,
				expected: 'the raw file, kept byte for byte',
			});
			continue;
		}
		if (bytes.length > maxBodyBytes) {
			problems.push({
				file: article.file,
				field: 'provenance.raw',
				message: `content/${provenance.raw} is ${bytes.length} bytes`,
				expected: `at most ${maxBodyBytes} bytes for one article, as ingestion accepts`,
			});
			continue;
		}
		const actual = sha256(bytes);
		if (actual !== provenance.sha256) {
			problems.push({
				file: article.file,
				field: 'provenance.sha256',
				message: `does not match content/${provenance.raw}, whose sha256 is ${actual}`,
				expected: 'the hash of the raw file as received',
			});
		}
		const text = utf8Text(bytes);
		if (text === undefined) {
			problems.push({
				file: article.file,
				field: 'provenance.raw',
				message: `content/${provenance.raw} is not UTF-8 text`,
				expected: 'a UTF-8 raw file (convert it before ingesting)',
			});
			continue;
		}
		const control = firstControlCharacter(text, true);
		if (control) {
			problems.push({
				file: article.file,
				field: 'provenance.raw',
				message: `content/${provenance.raw} holds control character ${control.name} on line ${control.line}`,
				expected: expectedWithoutControls,
			});
			continue;
		}
		const lines = rawLines(text);
		for (const list of ['removed', 'edited', 'flagged'] as const) {
			provenance[list].forEach((entry, i) => {
				const actualLine = lines[entry.line - 1];
				if (actualLine !== entry.text) {
					problems.push({
						file: article.file,
						field: `provenance.${list}.${i}.text`,
						message:
							actualLine === undefined
								? `names line ${entry.line}, past the end of the raw file (${lines.length} lines)`
								: `differs from line ${entry.line} of the raw file`,
						expected:
							actualLine === undefined
								? 'a line number within the raw file'
								: JSON.stringify(actualLine.slice(0, 80)),
					});
				}
			});
		}
	}
	return problems;
}
