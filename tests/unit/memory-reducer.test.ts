import { describe, expect, it } from 'vitest';
import { memoryWatch, reduceMemory } from '../../src/lib/build/memory-reducer.ts';

/** A watch over scripted figures: `rss` is what the process holds now, `clock` the time. */
function scripted({ growth = 1.25, minGrowth = 0, minInterval = 10_000 } = {}) {
	const state = { rss: 1000, clock: 0, collections: 0, after: 1000 };
	const check = memoryWatch({
		rss: () => state.rss,
		now: () => state.clock,
		collect: () => {
			state.collections++;
			state.rss = state.after;
		},
		growth,
		minGrowth,
		minInterval,
	});
	return { state, check };
}

describe('the build gives memory back when it has grown', () => {
	it('collects once the process has grown by the factor over its last baseline', () => {
		const { state, check } = scripted();
		state.clock = 60_000;
		state.rss = 1240;
		expect(check()).toBe(false);
		state.rss = 1250;
		state.after = 1100;
		expect(check()).toBe(true);
		expect(state.collections).toBe(1);
		// The baseline is now what the collection left: 1,100, so 1,300 is not yet a quarter more.
		state.clock = 120_000;
		state.rss = 1300;
		expect(check()).toBe(false);
		state.rss = 1375;
		expect(check()).toBe(true);
	});

	it('does not collect for less than the least growth, however large a share it is', () => {
		const { state, check } = scripted({ minGrowth: 500 });
		state.clock = 60_000;
		state.rss = 1499;
		expect(check()).toBe(false);
		state.rss = 1500;
		expect(check()).toBe(true);
	});

	it('waits the least interval between collections, however fast memory grows', () => {
		const { state, check } = scripted();
		state.clock = 1_000;
		state.rss = 5000;
		expect(check()).toBe(false);
		state.clock = 10_000;
		state.after = 1000;
		expect(check()).toBe(true);
		state.rss = 5000;
		state.clock = 19_999;
		expect(check()).toBe(false);
		state.clock = 20_000;
		expect(check()).toBe(true);
		expect(state.collections).toBe(2);
	});

	it('collects, the live heap falling, when asked', () => {
		let garbage: number[][] | undefined = Array.from({ length: 200 }, () =>
			Array.from({ length: 50_000 }, (_, i) => i + 0.5),
		);
		const held = process.memoryUsage().heapUsed;
		expect(garbage.length).toBe(200);
		garbage = undefined;
		reduceMemory();
		// 200 arrays of 50,000 doubles: 80 MB, all of it garbage now.
		expect(held - process.memoryUsage().heapUsed).toBeGreaterThan(60 * 2 ** 20);
	});
});
