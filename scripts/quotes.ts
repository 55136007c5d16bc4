/**
 * `npm run quotes -- <content/articles/x.md | raw.txt> [--json]`
 * Prints every quotation the finder sees in an article, with speaker, kind, how sure it
 * is and where, for an editor to review before publishing. `--json` prints
 * `[{ "text", "speaker", "kind", "confidence", "start", "end" }]`.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { markingData } from '../src/markdown/marking-data.ts';
import { quotedFile } from '../src/lib/quotes/quoted-file.ts';

const usage = 'usage: npm run quotes -- <content/articles/x.md | raw.txt> [--json]';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean' } } });
} catch (error) {
	fail(`${(error as Error).message}\n${usage}`);
}
const [file] = parsed.positionals;
if (!file || parsed.positionals.length !== 1) fail(usage);

const bytes = await readFile(file).catch(() =>
	fail(`${file}: (file): cannot be read (expected a Markdown article or a raw text file)`),
);
const { people } = await markingData(contentRoot());
const result = quotedFile(file, bytes, people);
if ('problem' in result) fail(`${file}: ${result.problem}`);
const quotes = result.quotes;

if (parsed.values.json) {
	const json = quotes.map(
		({ text, speaker, kind, confidence, fileStart, fileEnd, description }) => ({
			text,
			speaker,
			description,
			kind,
			confidence,
			start: fileStart ?? null,
			end: fileEnd ?? null,
		}),
	);
	console.log(JSON.stringify(json, null, '\t'));
} else {
	const names = new Map(people.map((person) => [person.id, person.name]));
	console.log(`${file}: ${quotes.length} quotation(s)`);
	for (const quote of quotes) {
		const where = quote.line === undefined ? '?' : `${quote.line}:${quote.column}`;
		const who = quote.speaker
			? (names.get(quote.speaker) ?? quote.speaker)
			: quote.description
				? `“${quote.description}” (unnamed)`
				: 'unattributed';
		const words = quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text;
		console.log(
			`${where.padEnd(7)} ${quote.kind.padEnd(6)} ${quote.confidence.toFixed(2)}  ${who}\n        “${words}”  (${quote.reason})`,
		);
	}
}
