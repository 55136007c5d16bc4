import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
	controlCharacterInData,
	expectedWithoutControls,
	firstControlCharacter,
} from './control-characters.ts';
import { maxFileBytes } from './limits.ts';
import type { Problem } from './problems.ts';
import { utf8Text } from './raw-text.ts';

/** A content file's path for messages: relative to the working directory. */
export function displayPath(file: string): string {
	return path.relative(process.cwd(), file) || file;
}

/**
 * A content file's text, or undefined (with the problem reported) when it is too big, not
 * UTF-8, or holds a control character in the part that is YAML (`yamlEnd` characters; a
 * Markdown body is checked with the other body checks).
 */
export async function readText(
	file: string,
	problems: Problem[],
	yamlEnd: (text: string) => number = (text) => text.length,
): Promise<string | undefined> {
	const bytes = await readFile(file);
	const problem = (field: string, message: string, expected: string) => {
		problems.push({ file: displayPath(file), field, message, expected });
		return undefined;
	};
	if (bytes.length > maxFileBytes)
		return problem('(file)', `is ${bytes.length} bytes`, `at most ${maxFileBytes} bytes (${maxFileBytes / 1048576} MiB)`);
	const text = utf8Text(bytes);
	if (text === undefined)
		return problem(
			'(file)',
			'is not valid UTF-8 text',
			'a UTF-8 file (convert it first, e.g. `iconv -f latin1 -t utf-8`)',
		);
	const control = firstControlCharacter(text.slice(0, yamlEnd(text)), true);
	if (control)
		return problem(
			file.endsWith('.md') ? '(frontmatter)' : '(file)',
			`holds control character ${control.name} on line ${control.line}`,
			expectedWithoutControls,
		);
	return text;
}

/** Reports a string in parsed YAML that holds a control character; true when there is one. */
export function controlsInData(file: string, data: unknown, problems: Problem[]): boolean {
	const found = controlCharacterInData(data);
	if (found)
		problems.push({
			file: displayPath(file),
			field: found.path.join('.') || '(file)',
			message: `holds control character ${found.name}`,
			expected: expectedWithoutControls,
		});
	return found !== undefined;
}

