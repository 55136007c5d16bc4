import type { z } from 'astro/zod';

/** One thing wrong with the content, located to a file and a field. */
export interface Problem {
	/** Path of the file, relative to the project (e.g. `content/articles/x.md`). */
	file: string;
	/** Dotted path of the field (`date.value`, `claims.3.coverage.0.excerpt`), or `(file)`. */
	field: string;
	/** What is wrong, starting lowercase ("is missing"). */
	message: string;
	/** What was expected instead. */
	expected: string;
}

/** The one-line form editors read: `file: field: message (expected …)`. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field}: ${problem.message} (expected ${problem.expected})`;
}

/** Joins a zod path into the dotted form used in messages. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.length === 0 ? '(file)' : path.map(String).join('.');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

function expectedFor(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.expected === 'array'
				? 'a list'
				: issue.expected === 'object'
					? 'a mapping of fields'
					: issue.expected;
		case 'invalid_value':
			return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
		case 'too_small':
			return issue.origin === 'array'
				? `at least ${issue.minimum} item(s)`
				: `at least ${issue.minimum}`;
		case 'too_big':
			return `at most ${issue.maximum}`;
		case 'invalid_format':
			return 'pattern' in issue && issue.pattern
				? `text matching ${issue.pattern}`
				: `a valid ${issue.format}`;
		case 'unrecognized_keys':
			return 'only the fields the schema defines';
		default: {
			// Custom messages say "must be …"; what follows is what was expected.
			const params = (issue as { params?: { expected?: string } }).params;
			return params?.expected ?? issue.message.replace(/^must (?:be|have) /, '');
		}
	}
}

/** Turns zod's issues for one file into problems, naming missing fields as missing. */
export function problemsFromZod(
	file: string,
	data: unknown,
	error: z.ZodError,
	prefix: PropertyKey[] = [],
): Problem[] {
	return error.issues.flatMap((issue) => {
		const path = [...prefix, ...issue.path];
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((key) => ({
				file,
				field: fieldPath([...path, key]),
				message: 'is not a known field',
				expected: expectedFor(issue),
			}));
		}
		// A required field that is absent reads better as "is missing" than as a type error.
		const missing =
			issue.code !== 'custom' && issue.path.length > 0 && valueAt(data, issue.path) === undefined;
		return [
			{
				file,
				field: fieldPath(path),
				message: missing ? 'is missing' : issue.message,
				expected: expectedFor(issue),
			},
		];
	});
}
