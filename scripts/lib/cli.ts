/**
 * The command-line entry points' one way to read their arguments and to end. An entry declares
 * its options, positionals and usage text, and hands its body to `runCommand`, which parses the
 * arguments with node:util's parseArgs and turns what happens into output and an exit code:
 *
 * - `--help` or `-h`: the usage on stdout, exit 0.
 * - bad arguments (`UsageError`: unknown option, missing value or argument): one line saying
 *   what is wrong, then the usage, on stderr; exit 2.
 * - a failure (`fail(…)`: content problems, an unreadable file): each line on stderr, exit 1,
 *   no stack trace. So is a system error (ENOENT, EACCES …), as its one-line message.
 * - anything else is a bug, and Node prints it with its stack.
 *
 * `parseCommand` and `errorReport` do the work without touching the process, for the tests.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** A positional argument, by the name the usage gives it; `oneOf` for a fixed word (a subcommand). */
export type Positional = string | { readonly name: string; readonly oneOf: readonly string[] };

/** What an entry point declares. Positionals are all required, in order, and no more are taken. */
export interface Command<
	O extends ParseArgsOptionsConfig = Record<never, never>,
	P extends readonly Positional[] = readonly [],
	R extends keyof O & string = never,
> {
	/** Printed for `--help` and after a usage error, e.g. `usage: npm run quotes -- <file> [--json]`. */
	usage: string;
	/** parseArgs option descriptors (`{ json: { type: 'boolean' } }`); `help` is added. */
	options?: O;
	/** Options that must be given (`--story` for ingest). */
	required?: readonly R[];
	positionals?: P;
}

type ParsedValues<O extends ParseArgsOptionsConfig> = ReturnType<
	typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>
>['values'];

/** The parsed arguments: option values by name (required ones always set), positionals in order. */
export interface Args<
	O extends ParseArgsOptionsConfig,
	P extends readonly Positional[],
	R extends keyof O & string,
> {
	values: Omit<ParsedValues<O>, R> & {
		[K in R]-?: Exclude<ParsedValues<O>[K & keyof ParsedValues<O>], undefined>;
	};
	positionals: { -readonly [I in keyof P]: string };
}

/** Bad arguments: the process prints the message and the usage, and exits 2. */
export class UsageError extends Error {
	override name = 'UsageError';
}

/** A failure to report as it is: each line on stderr, exit 1, no stack trace. */
export class Failure extends Error {
	override name = 'Failure';
	readonly lines: readonly string[];
	constructor(lines: readonly string[]) {
		super(lines.join('\n'));
		this.lines = lines;
	}
}

/** Stops the command with these lines on stderr and exit code 1. */
export function fail(...lines: string[]): never {
	throw new Failure(lines);
}

const helpOption = { help: { type: 'boolean', short: 'h' } } as const;

/** parseArgs' own message on one line; the hint after an unknown option is left out. */
function parseArgsMessage(error: Error & { code: string }): string {
	const message =
		error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? error.message.split('. ')[0]! : error.message;
	return message.replace(/\s*\n\s*/g, ' ').trim();
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
	const code = (error as { code?: unknown } | undefined)?.code;
	return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/**
 * Reads `argv` (the arguments after the script) against `command`: `{ help: true }` when
 * `--help` or `-h` is among the options, whatever else is wrong; else the values and
 * positionals. Throws a `UsageError` for anything the command does not take.
 */
export function parseCommand<
	const O extends ParseArgsOptionsConfig = Record<never, never>,
	const P extends readonly Positional[] = readonly [],
	R extends keyof O & string = never,
>(
	command: Command<O, P, R>,
	argv: readonly string[],
): { help: true } | ({ help: false } & Args<O, P, R>) {
	const options = { ...command.options, ...helpOption };
	const loose = parseArgs({
		args: argv,
		options,
		strict: false,
		allowPositionals: true,
		tokens: true,
	});
	if (loose.tokens.some((token) => token.kind === 'option' && token.name === 'help'))
		return { help: true };

	let parsed: { values: unknown; positionals: string[] };
	try {
		parsed = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
	} catch (error) {
		if (isParseArgsError(error)) throw new UsageError(parseArgsMessage(error));
		throw error;
	}
	const { help: _, ...values } = parsed.values as Record<string, unknown>;
	const declared = command.positionals ?? [];
	const given = parsed.positionals;
	declared.forEach((positional, i) => {
		const { name, oneOf } = typeof positional === 'string' ? { name: positional } : positional;
		const value = given[i];
		if (!value) throw new UsageError(`Missing argument <${name}>`);
		if (oneOf && !oneOf.includes(value))
			throw new UsageError(`Unknown ${name} '${value}' (expected ${oneOf.join(' or ')})`);
	});
	if (given.length > declared.length)
		throw new UsageError(`Unexpected argument '${given[declared.length]}'`);
	for (const name of command.required ?? [])
		if (values[name] === undefined) throw new UsageError(`Missing option '--${name}'`);
	return { help: false, values, positionals: given } as { help: false } & Args<O, P, R>;
}

/**
 * What the process prints on stderr and exits with when a command threw `error`; undefined
 * when the error is a bug, to be thrown on with its stack.
 */
export function errorReport(
	error: unknown,
	usage: string,
): { code: 1 | 2; lines: readonly string[] } | undefined {
	if (error instanceof UsageError) return { code: 2, lines: [error.message, usage] };
	if (error instanceof Failure) return { code: 1, lines: error.lines };
	if (error instanceof Error && 'syscall' in error)
		return { code: 1, lines: [error.message.replace(/\s*\n\s*/g, ' ')] };
	return undefined;
}

/**
 * Runs an entry point: parses `argv` against `command`, then `main` with the arguments. The one
 * place a command's exit code is set; a command that succeeds ends when its work does.
 */
export async function runCommand<
	const O extends ParseArgsOptionsConfig = Record<never, never>,
	const P extends readonly Positional[] = readonly [],
	R extends keyof O & string = never,
>(
	command: Command<O, P, R>,
	main: (args: Args<O, P, R>) => void | Promise<void>,
	argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
	try {
		const parsed = parseCommand(command, argv);
		if (parsed.help) console.log(command.usage);
		else await main(parsed);
	} catch (error) {
		const report = errorReport(error, command.usage);
		if (!report) throw error;
		for (const line of report.lines) console.error(line);
		process.exitCode = report.code;
	}
}

/** A whole number above zero, written plainly (`1000`, not `1e3` or `01`); else undefined. */
export function positiveInteger(text: string): number | undefined {
	return /^[1-9]\d*$/.test(text) ? Number(text) : undefined;
}

/**
 * A comma-separated option value read item by item with `item` (undefined for an item it
 * cannot read); a bad or empty item is a `UsageError` naming the option and the item.
 */
export function listOption<T>(
	option: string,
	value: string,
	item: (text: string) => T | undefined,
	expected: string,
): T[] {
	return value.split(',').map((text) => {
		const read = item(text.trim());
		if (read === undefined)
			throw new UsageError(`Option '--${option}' has '${text}' (expected ${expected})`);
		return read;
	});
}
