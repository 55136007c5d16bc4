import { describe, expect, it } from 'vitest';
import { rememberLast } from '../../src/lib/content/remember-last.ts';

describe('rememberLast', () => {
	it('computes once for the same inputs, again when one of them is another object', () => {
		const remembered = rememberLast<number>();
		const entry = { id: 'a' };
		let runs = 0;
		const compute = () => ++runs;
		expect(remembered([entry, 'x'], compute)).toBe(1);
		expect(remembered([entry, 'x'], compute)).toBe(1);
		// An edited entry comes back as a new object with the same contents: computed afresh.
		expect(remembered([{ id: 'a' }, 'x'], compute)).toBe(2);
		expect(remembered([{ id: 'a' }, 'x', 'y'], compute)).toBe(3);
		expect(remembered([], compute)).toBe(4);
		expect(runs).toBe(4);
	});

	it('is not fooled by the caller changing its input list afterwards', () => {
		const remembered = rememberLast<string>();
		const inputs: unknown[] = ['a'];
		expect(remembered(inputs, () => 'first')).toBe('first');
		inputs.push('b');
		expect(remembered(['a', 'b'], () => 'second')).toBe('second');
	});
});
