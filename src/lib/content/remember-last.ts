/**
 * A cache of one: `remembered(inputs, compute)` runs `compute` only when `inputs` differ from
 * the last call's, element by element by identity (`===`), and else returns the last result.
 * Astro's content store hands out the same `data` and `rendered` objects for an entry until its
 * file changes, so a view of the whole site keyed on them is computed once per build, and again
 * in the dev server after an edit.
 */
export function rememberLast<T>(): (inputs: readonly unknown[], compute: () => T) => T {
	let last: { inputs: readonly unknown[]; result: T } | undefined;
	return (inputs, compute) => {
		if (
			last?.inputs.length === inputs.length &&
			last.inputs.every((input, index) => input === inputs[index])
		)
			return last.result;
		const result = compute();
		last = { inputs: [...inputs], result };
		return result;
	};
}
