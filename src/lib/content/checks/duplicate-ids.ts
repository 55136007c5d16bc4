import type { Problem } from '../problems.ts';

/** A problem for every id that appears more than once; `field` names where. */
export function duplicateIds(
	file: string,
	ids: string[],
	field: (index: number) => string,
): Problem[] {
	const seen = new Map<string, number>();
	return ids.flatMap((id, index) => {
		const first = seen.get(id);
		if (first === undefined) {
			seen.set(id, index);
			return [];
		}
		return [
			{
				file,
				field: field(index),
				message: `repeats the id "${id}" already used at ${field(first)}`,
				expected: 'each id once',
			},
		];
	});
}

/** How a problem names the ids it would have accepted. */
export function oneOf(ids: Iterable<string>): string {
	const list = [...ids];
	return list.length === 0 ? 'an existing id (there are none)' : `one of ${list.join(', ')}`;
}
