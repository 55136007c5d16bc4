/**
 * Control characters in content text. None belongs in an article: a NUL or an escape code is a
 * bad scrape or a typo, invisible in an editor and able to break quote matching or the page.
 * Refused: the C0 controls (U+0000–U+001F) other than tab, line feed and carriage return; DEL
 * (U+007F); the C1 controls (U+0080–U+009F); and U+FEFF anywhere but at the very start of a
 * file, where it is a byte order mark that Astro, the frontmatter split and ingestion skip.
 */

/** A control character and where it stands. */
export interface ControlCharacter {
	/** Offset in the text (UTF-16 code units). */
	offset: number;
	/** 1-based line: one more than the line feeds before it. */
	line: number;
	/** `U+0000 (NUL)`: how messages name it. */
	name: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point.
const forbidden = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff]/;

const c0Names = [
	'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
	'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];

/** `U+001B (ESC)`, `U+0085 (a C1 control)`, `U+FEFF (a byte order mark)`. */
export function characterName(code: number): string {
	const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
	const name =
		code < 0x20
			? c0Names[code]
			: code === 0x7f
				? 'DEL'
				: code === 0xfeff
					? 'a byte order mark'
					: 'a C1 control';
	return `${hex} (${name})`;
}

/**
 * The first refused character in `text`, or undefined. `fileStart` says the text starts a
 * file, where one leading U+FEFF is allowed.
 */
export function firstControlCharacter(
	text: string,
	fileStart = false,
): ControlCharacter | undefined {
	const from = fileStart && text.startsWith('\ufeff') ? 1 : 0;
	const match = forbidden.exec(from === 0 ? text : text.slice(from));
	if (!match) return undefined;
	const offset = match.index + from;
	let line = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return { offset, line, name: characterName(text.charCodeAt(offset)) };
}

/** What problems about control characters say was expected. */
export const expectedWithoutControls =
	'text without control characters: tab and line breaks are the only ones allowed';

/**
 * The first string in parsed YAML data (a key or a value) holding a refused character, with
 * the dotted path to it: escapes like `"\0"` put them there without any in the file's text.
 * Each object is walked once, so YAML aliases cannot make the walk explode.
 */
export function controlCharacterInData(
	data: unknown,
	path: string[] = [],
	seen = new WeakSet<object>(),
): { path: string[]; name: string } | undefined {
	if (typeof data === 'string') {
		const found = firstControlCharacter(data);
		return found && { path, name: found.name };
	}
	if (data === null || typeof data !== 'object' || seen.has(data)) return undefined;
	seen.add(data);
	for (const [key, value] of Object.entries(data)) {
		const inKey = firstControlCharacter(key);
		if (inKey) return { path: [...path, JSON.stringify(key)], name: inKey.name };
		const inValue = controlCharacterInData(value, [...path, key], seen);
		if (inValue) return inValue;
	}
	return undefined;
}
