import { describe, expect, it, vi } from 'vitest';

const reducer = vi.hoisted(() => ({
	stop: vi.fn(),
	start: vi.fn(),
	reduce: vi.fn(),
}));
vi.mock('../../src/lib/build/memory-reducer.ts', () => ({
	reduceMemory: reducer.reduce,
	startMemoryReducer: reducer.start.mockImplementation(() => reducer.stop),
}));
const { default: buildMemory } = await import('../../src/integrations/build-memory.ts');

type Hook = (options: Record<string, unknown>) => unknown;

/** The integration's hooks, called as Astro calls them; returns the Vite plugins it added. */
function run(command: 'build' | 'dev') {
	const hooks = buildMemory().hooks as Record<string, Hook>;
	const plugins: { name: string }[] = [];
	hooks['astro:config:setup']?.({
		command,
		updateConfig: (config: { vite: { plugins: { name: string }[] } }) =>
			plugins.push(...config.vite.plugins),
	});
	return { hooks, plugins };
}

describe('the build gives memory back while it runs, and only then', () => {
	it('watches from the config to the end of a build, collecting after the config and bundling', () => {
		vi.clearAllMocks();
		const { hooks, plugins } = run('build');
		expect(reducer.reduce).toHaveBeenCalledTimes(1);
		expect(reducer.start).toHaveBeenCalledTimes(1);
		expect(plugins.map((plugin) => plugin.name)).toEqual(['parallax:collect-after-bundling']);
		expect(reducer.stop).not.toHaveBeenCalled();
		hooks['astro:build:done']?.({});
		expect(reducer.stop).toHaveBeenCalledTimes(1);
	});

	it('leaves the dev server alone', () => {
		vi.clearAllMocks();
		const { plugins } = run('dev');
		expect(reducer.reduce).not.toHaveBeenCalled();
		expect(reducer.start).not.toHaveBeenCalled();
		expect(plugins).toEqual([]);
	});
});
