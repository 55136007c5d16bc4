import { describe, expect, it } from 'vitest';
import { compactAfter, coverageMap } from '../../src/lib/figures/coverage-map.ts';
import { pairBalance } from '../../src/lib/figures/pair-balance.ts';
import { charsThatFit, truncate, wrapLines } from '../../src/lib/figures/text-fit.ts';
import { timeStrip } from '../../src/lib/figures/time-strip.ts';

const steps = ['Argues against', 'Balanced', 'Argues for'];
const article = (step: number | undefined, differ: number, agreed: number, only: number) => ({
	step,
	claims: { differ, agreed, only },
});

describe('coverageMap', () => {
	const map = coverageMap(steps, [
		article(0, 2, 3, 5),
		article(2, 0, 1, 0),
		article(undefined, 1, 0, 0),
	]);

	it('draws a strip of marks per article, every mark inside the shared width', () => {
		expect(map.rows).toHaveLength(3);
		for (const row of map.rows) {
			for (const segment of row.segments) {
				expect(segment.x).toBeGreaterThanOrEqual(0);
				expect(segment.x + segment.width).toBeLessThanOrEqual(map.width);
			}
			expect(row.count.x).toBeLessThan(map.width);
		}
	});

	it('puts each judged article’s dot on its step, left to right, and says when one is not judged', () => {
		const [first, second, third] = map.rows;
		expect(first!.dot!.cx).toBeLessThan(second!.dot!.cx);
		expect(first!.dot!.cx).toBe(first!.ticks[0]!.cx);
		expect(second!.dot!.cx).toBe(second!.ticks[2]!.cx);
		expect(third!.dot).toBeUndefined();
		expect(third!.unjudged?.text).toBe('not yet judged');
	});

	it('draws bars on one scale, split where they differ, shared, only this one, empty parts left out', () => {
		const [first, second] = map.rows;
		expect(first!.segments.map((s) => s.kind)).toEqual(['differ', 'agreed', 'only']);
		expect(second!.segments.map((s) => s.kind)).toEqual(['agreed']);
		expect(second!.segments[0]!.width).toBeCloseTo(first!.segments[1]!.width / 3, 0);
		expect(first!.count.text).toBe('10');
	});

	it('draws compact rows past five articles, roomy ones up to five', () => {
		expect(map.compact).toBe(false);
		const many = (n: number) => Array.from({ length: n }, () => article(1, 1, 1, 1));
		expect(coverageMap(steps, many(compactAfter)).compact).toBe(false);
		expect(coverageMap(steps, many(compactAfter + 1)).compact).toBe(true);
		expect(compactAfter).toBe(5);
	});

	it('names every step above the strips, centred on its ticks, in at most two lines', () => {
		expect(map.head.steps.map((lines) => lines.map((l) => l.text).join(' '))).toEqual(steps);
		map.head.steps.forEach((lines, i) => {
			expect(lines.length).toBeLessThanOrEqual(2);
			expect(lines[0]!.x).toBe(map.rows[0]!.ticks[i]!.cx);
		});
	});
});

describe('pairBalance', () => {
	it('lays the parts end to end across the width, in proportion, leaving out empty ones', () => {
		const bar = pairBalance({ onlyA: 2, differ: 1, agreed: 0, onlyB: 1 }, 400);
		expect(bar.segments.map((s) => [s.kind, s.x, s.width])).toEqual([
			['onlyA', 0, 200],
			['differ', 200, 100],
			['onlyB', 300, 100],
		]);
	});

	it('draws nothing for a pair with no claims', () => {
		expect(pairBalance({ onlyA: 0, differ: 0, agreed: 0, onlyB: 0 }).segments).toEqual([]);
	});
});

describe('text fitting', () => {
	it('estimates how many characters fit, never fewer than one', () => {
		expect(charsThatFit(100, 10, 0.5)).toBe(20);
		expect(charsThatFit(1, 20)).toBe(1);
	});

	it('cuts at a word, with an ellipsis, and leaves short text alone', () => {
		expect(truncate('Sheinbaum rejects Trump’s proposal', 20)).toBe('Sheinbaum rejects…');
		expect(truncate('Short', 20)).toBe('Short');
	});

	it('wraps into lines, cutting the last', () => {
		expect(wrapLines('Argues against', 8)).toEqual(['Argues', 'against']);
		expect(wrapLines('one two three four five', 7, 2)).toEqual(['one two', 'three…']);
	});
});

describe('timeStrip', () => {
	const strip = timeStrip(
		[
			{ number: 1, when: { from: '2025-01', to: '2025-01' }, exact: true },
			{ number: 2, when: { from: '2025-01', to: '2025-03' }, exact: false },
			{ number: 3, when: { from: '2025-06', to: undefined }, exact: false },
			{ number: 4, when: undefined, exact: false },
		],
		[{ from: '2024-12', to: '2025-02' }],
		'wide',
	);

	it('sets a lane per article on one month axis, left to right in time', () => {
		const [one, two, three, four] = strip.lanes;
		expect(one!.mark).toMatchObject({ exact: true, open: false });
		expect(two!.mark!.x).toBe(one!.mark!.x);
		expect(two!.mark!.width).toBeCloseTo(one!.mark!.width * 3, 0);
		expect(three!.mark!.x).toBeGreaterThan(two!.mark!.x + two!.mark!.width);
		expect(three!.mark).toMatchObject({ open: true });
		// An open window runs to the axis's end.
		expect(three!.mark!.x + three!.mark!.width).toBeCloseTo(strip.width - 8, 0);
		expect(four!.mark).toBeUndefined();
		expect(four!.unknown?.text).toBe('date unknown');
	});

	it('marks each event where it begins, and labels the axis by month', () => {
		expect(strip.events.marks).toEqual([expect.objectContaining({ width: 0 })]);
		expect(strip.events.marks[0]!.x).toBeLessThan(strip.lanes[0]!.mark!.x);
		expect(strip.ticks[0]!.label?.text).toBe('Dec 2024');
	});
});
