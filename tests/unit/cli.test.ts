import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
	errorReport,
	Failure,
	fail,
	listOption,
	parseCommand,
	positiveInteger,
	runCommand,
	UsageError,
} from '../../scripts/lib/cli.ts';

const ingest = {
	usage: 'usage: ingest <raw.txt> --story <id> [--id <id>] [--force]',
	options: {
		story: { type: 'string' },
		id: { type: 'string' },
		force: { type: 'boolean' },
		shapes: { type: 'string', default: '1x5' },
	},
	required: ['story'],
	positionals: ['raw.txt'],
} as const;
const claims = {
	usage: 'usage: claims suggest <article-id>',
	positionals: [{ name: 'command', oneOf: ['suggest'] }, 'article-id'],
} as const;
const validate = { usage: 'usage: validate' };

/** parseCommand with one of the commands above, by name. */
function parseAs(name: 'ingest' | 'claims' | 'validate', argv: readonly string[]) {
	if (name === 'ingest') return parseCommand(ingest, argv);
	if (name === 'claims') return parseCommand(claims, argv);
	return parseCommand(validate, argv);
}

/** The UsageError `parse` throws, for its message. */
function usageError(parse: () => unknown): UsageError {
	try {
		parse();
	} catch (error) {
		expect(error).toBeInstanceOf(UsageError);
		return error as UsageError;
	}
	throw new Error('expected a UsageError');
}

describe('parseCommand', () => {
	it('reads options, defaults and positionals', () => {
		const parsed = parseCommand(ingest, ['raw.txt', '--story', 'troops', '--force']);
		expect(parsed).toEqual({
			help: false,
			values: { story: 'troops', force: true, shapes: '1x5' },
			positionals: ['raw.txt'],
		});
		expect(parseCommand(ingest, ['--story=a', '--id', 'b', '--', '-odd.txt'])).toMatchObject({
			values: { story: 'a', id: 'b' },
			positionals: ['-odd.txt'],
		});
		expect(parseCommand(claims, ['suggest', 'an-article'])).toMatchObject({
			positionals: ['suggest', 'an-article'],
		});
		expect(parseCommand(validate, [])).toEqual({ help: false, values: {}, positionals: [] });
	});

	it('types required options as set and positionals as strings', () => {
		const parsed = parseCommand(ingest, ['raw.txt', '--story', 'troops']);
		if (parsed.help) throw new Error('not help');
		expectTypeOf(parsed.values.story).toEqualTypeOf<string>();
		expectTypeOf(parsed.values.id).toEqualTypeOf<string | undefined>();
		expectTypeOf(parsed.values.force).toEqualTypeOf<boolean | undefined>();
		expectTypeOf(parsed.values.shapes).toEqualTypeOf<string>();
		expectTypeOf(parsed.positionals).toEqualTypeOf<[string]>();
	});

	it.each([
		['ingest', ['--help']],
		['claims', ['-h']],
		['ingest', ['raw.txt', '--colour', 'red', '--help']],
		['validate', ['one', 'two', '--help']],
	] as const)('answers help for %s %j, whatever else is wrong', (name, argv) => {
		expect(parseAs(name, argv)).toEqual({ help: true });
	});

	it('takes --help after -- as a positional, not as help', () => {
		expect(parseCommand(ingest, ['--story', 'x', '--', '--help'])).toMatchObject({
			help: false,
			positionals: ['--help'],
		});
	});

	it.each([
		['ingest', ['raw.txt', '--story', 'x', '--colour', 'red'], "Unknown option '--colour'"],
		['ingest', ['raw.txt', '-x'], "Unknown option '-x'"],
		['ingest', ['raw.txt', '--story'], "Option '--story <value>' argument missing"],
		[
			'ingest',
			['raw.txt', '--story', 'x', '--force=1'],
			"Option '--force' does not take an argument",
		],
		['ingest', ['--story', 'x'], 'Missing argument <raw.txt>'],
		['ingest', ['', '--story', 'x'], 'Missing argument <raw.txt>'],
		['ingest', ['raw.txt'], "Missing option '--story'"],
		['ingest', ['a.txt', 'b.txt', '--story', 'x'], "Unexpected argument 'b.txt'"],
		['validate', ['extra'], "Unexpected argument 'extra'"],
		['claims', [], 'Missing argument <command>'],
		['claims', ['list'], "Unknown command 'list' (expected suggest)"],
		['claims', ['suggest'], 'Missing argument <article-id>'],
	] as const)('refuses %s %j', (name, argv, message) => {
		expect(usageError(() => parseAs(name, argv)).message).toBe(message);
	});

	it('puts every parseArgs message on one line', () => {
		const { message } = usageError(() => parseCommand(ingest, ['raw.txt', '--story', '--id']));
		expect(message).toMatch(/^Option '--story' argument is ambiguous\. .+$/);
		expect(message).not.toContain('\n');
	});
});

describe('errorReport', () => {
	it('gives bad arguments exit code 2, with the usage after the message', () => {
		expect(errorReport(new UsageError("Unknown option '--x'"), 'usage: x')).toEqual({
			code: 2,
			lines: ["Unknown option '--x'", 'usage: x'],
		});
	});

	it('gives a failure exit code 1 and its lines as they are', () => {
		expect(() => fail('a: (file): is empty', 'nothing written')).toThrow(Failure);
		try {
			fail('a: (file): is empty', 'nothing written');
		} catch (error) {
			expect(errorReport(error, 'usage: x')).toEqual({
				code: 1,
				lines: ['a: (file): is empty', 'nothing written'],
			});
		}
	});

	it('reports a system error in one line, and leaves a bug to its stack trace', async () => {
		const missing = await readFile('/no/such/file').catch((error: unknown) => error);
		expect(errorReport(missing, 'usage: x')).toEqual({
			code: 1,
			lines: [
				expect.stringMatching(/^ENOENT: no such file or directory, open '\/no\/such\/file'$/),
			],
		});
		expect(errorReport(new TypeError('x is undefined'), 'usage: x')).toBeUndefined();
	});
});

type IngestMain = Parameters<
	typeof runCommand<typeof ingest.options, typeof ingest.positionals, 'story'>
>[1];

describe('runCommand', () => {
	let stdout: string[];
	let stderr: string[];
	let exitCode: typeof process.exitCode;
	beforeEach(() => {
		stdout = [];
		stderr = [];
		exitCode = process.exitCode;
		vi.spyOn(console, 'log').mockImplementation((line: string) => void stdout.push(line));
		vi.spyOn(console, 'error').mockImplementation((line: string) => void stderr.push(line));
	});
	afterEach(() => {
		vi.restoreAllMocks();
		process.exitCode = exitCode;
	});
	/** Runs `main` under runCommand; the exit code it set, then puts the real one back. */
	async function run(argv: string[], main: IngestMain = vi.fn()) {
		await runCommand(ingest, main, argv);
		const code = process.exitCode;
		process.exitCode = exitCode;
		return { code, main };
	}

	it('hands the parsed arguments to the command', async () => {
		const { code, main } = await run(['raw.txt', '--story', 'troops']);
		expect(main).toHaveBeenCalledWith({
			help: false,
			values: { story: 'troops', shapes: '1x5' },
			positionals: ['raw.txt'],
		});
		expect(code).toBe(exitCode);
		expect(stderr).toEqual([]);
	});

	it('prints the usage on stdout for --help, and does not run the command', async () => {
		const { code, main } = await run(['--help']);
		expect(main).not.toHaveBeenCalled();
		expect(stdout).toEqual([ingest.usage]);
		expect(stderr).toEqual([]);
		expect(code).toBe(exitCode);
	});

	it('prints a bad argument and the usage on stderr, and exits 2', async () => {
		const { code, main } = await run(['raw.txt', '--story', 'x', '--colour', 'red']);
		expect(main).not.toHaveBeenCalled();
		expect(stderr).toEqual(["Unknown option '--colour'", ingest.usage]);
		expect(stdout).toEqual([]);
		expect(code).toBe(2);
	});

	it('exits 2 for a usage error the command finds itself', async () => {
		const { code } = await run(['raw.txt', '--story', 'x', '--shapes', '20x'], ({ values }) => {
			listOption('shapes', values.shapes, positiveInteger, 'numbers');
		});
		expect(stderr).toEqual(["Option '--shapes' has '20x' (expected numbers)", ingest.usage]);
		expect(code).toBe(2);
	});

	it('prints a failure line by line, without a stack, and exits 1', async () => {
		const { code } = await run(['raw.txt', '--story', 'x'], async () => {
			await Promise.resolve();
			fail('raw.txt: (file): is empty (expected the text of an article)', 'nothing written');
		});
		expect(stderr).toEqual([
			'raw.txt: (file): is empty (expected the text of an article)',
			'nothing written',
		]);
		expect(code).toBe(1);
	});

	it('throws a bug on, for Node to print with its stack', async () => {
		const bug = new TypeError('x is undefined');
		await expect(
			runCommand(ingest, () => {
				throw bug;
			}, ['raw.txt', '--story', 'x']),
		).rejects.toBe(bug);
		expect(stderr).toEqual([]);
	});
});

describe('listOption', () => {
	const shape = (text: string): [number, number] | undefined => {
		const [stories, perStory, ...rest] = text.split('x').map(positiveInteger);
		return stories && perStory && rest.length === 0 ? [stories, perStory] : undefined;
	};

	it('reads every item of a comma-separated list', () => {
		expect(listOption('shapes', '1x5,20x10', shape, 'shapes')).toEqual([
			[1, 5],
			[20, 10],
		]);
		expect(listOption('sizes', '1000, 10000', positiveInteger, 'counts')).toEqual([1000, 10_000]);
	});

	it.each<[string, string, (text: string) => unknown, string]>([
		['shapes', '20x', shape, '20x'],
		['shapes', '1x5,0x5', shape, '0x5'],
		['shapes', '1x5x2', shape, '1x5x2'],
		['sizes', 'abc', positiveInteger, 'abc'],
		['sizes', '1000,', positiveInteger, ''],
		['sizes', '1e3', positiveInteger, '1e3'],
		['sizes', '-5', positiveInteger, '-5'],
		['sizes', '2.5', positiveInteger, '2.5'],
	])('refuses --%s %s, naming the item', (option, value, item, bad) => {
		const error = usageError(() => listOption(option, value, item, 'a list'));
		expect(error.message).toBe(`Option '--${option}' has '${bad}' (expected a list)`);
	});
});
