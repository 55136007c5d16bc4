import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignPassages } from '../../src/lib/compare/passage-alignment.ts';

describe('alignPassages', () => {
	it('sets passages sharing a claim on one row, and lets the rest flow between them', () => {
		const rows = alignPassages([[], ['x'], [], ['y']], [['x'], [], [], ['y'], []]);
		expect(rows).toEqual([
			{ a: [0], b: [], shared: [] },
			{ a: [1], b: [0], shared: ['x'] },
			{ a: [2], b: [1, 2], shared: [] },
			{ a: [3], b: [3], shared: ['y'] },
			{ a: [], b: [4], shared: [] },
		]);
	});

	it('never crosses anchors: of two crossing matches it keeps the one sharing more', () => {
		const rows = alignPassages([['x'], ['y', 'z']], [['y', 'z'], ['x']]);
		expect(rows.filter((row) => row.shared.length > 0)).toEqual([
			{ a: [1], b: [0], shared: ['y', 'z'] },
		]);
	});

	it('anchors a passage once even when it shares claims with several', () => {
		const rows = alignPassages([['x']], [['x'], ['x']]);
		expect(rows).toEqual([
			{ a: [0], b: [0], shared: ['x'] },
			{ a: [], b: [1], shared: [] },
		]);
	});

	it('handles texts with nothing in common, or nothing at all', () => {
		expect(alignPassages([['x']], [['y'], []])).toEqual([{ a: [0], b: [0, 1], shared: [] }]);
		expect(alignPassages([], [])).toEqual([]);
		expect(alignPassages([], [[]])).toEqual([{ a: [], b: [0], shared: [] }]);
	});

	it('keeps every passage of each text exactly once, in order', () => {
		const text = fc.array(fc.array(fc.constantFrom('p', 'q', 'r', 's'), { maxLength: 3 }), {
			maxLength: 12,
		});
		fc.assert(
			fc.property(text, text, (a, b) => {
				const rows = alignPassages(a, b);
				expect(rows.flatMap((row) => row.a)).toEqual(a.map((_, i) => i));
				expect(rows.flatMap((row) => row.b)).toEqual(b.map((_, i) => i));
				for (const row of rows) {
					expect(row.a.length + row.b.length).toBeGreaterThan(0);
					if (row.shared.length > 0) {
						expect([row.a.length, row.b.length]).toEqual([1, 1]);
						for (const id of row.shared) {
							expect(a[row.a[0]!]).toContain(id);
							expect(b[row.b[0]!]).toContain(id);
						}
					}
				}
			}),
		);
	});
});
