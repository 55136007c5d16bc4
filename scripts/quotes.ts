/**
 * `npm run quotes -- <content/articles/x.md | raw.txt> [--json]`
 * Prints every quotation the finder sees in an article, with speaker, kind, how sure it
 * is and where, for an editor to review before publishing. `--json` prints
 * `[{ "text", "speaker", "kind", "confidence", "start", "end" }]`.
 */
import { readFile } from 'node:fs/promises';
import { contentRoot } from '../src/lib/content/content-root.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { quotedFile } from '../src/lib/quotes/views/quoted-file.ts';
import { fail, runCommand } from './lib/cli.ts';

const command = {
	usage: 'usage: npm run quotes -- <content/articles/x.md | raw.txt> [--json]',
	options: { json: { type: 'boolean' } },
	positionals: ['file'],
} as const;

await runCommand(command, async ({ values, positionals: [file] }) => {
	const bytes = await readFile(file).catch(() =>
		fail(`${file}: (file): cannot be read (expected a Markdown article or a raw text file)`),
	);
	const { content } = await validateContent(contentRoot());
	const people = [...content.people.values()];
	const result = quotedFile(file, bytes, people);
	if ('problem' in result) fail(`${file}: ${result.problem}`);
	const quotes = result.quotes;

	if (values.json) {
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
});
