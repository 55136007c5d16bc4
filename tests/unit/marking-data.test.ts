import { describe, expect, it } from 'vitest';
import { type MarkingData, releaseMarkingData } from '../../src/markdown/marking-data.ts';
import { markdownConfig } from '../../src/markdown/pipeline.ts';

/** What the claim and quote plugins were configured with: their options' people and claims. */
function pluginData(config: ReturnType<typeof markdownConfig>) {
	const plugins = config.processor.options.rehypePlugins as unknown[];
	return plugins.flatMap((plugin) => {
		const options = Array.isArray(plugin) ? (plugin[1] as object | undefined) : undefined;
		return options && ('people' in options || 'claims' in options) ? [options] : [];
	}) as Partial<MarkingData>[];
}

describe('the Markdown plugins’ data let go once the content sync has rendered the articles', () => {
	it('empties the people and claims the plugins hold, not copies of them', () => {
		const marking: MarkingData = {
			people: [{ id: 'ana', name: 'Ana Ruiz', aliases: ['Ruiz'] } as MarkingData['people'][number]],
			claims: {
				'story-a-1': [
					{ claim: 'c1', statement: 'The bridge closed.', stance: 'asserts', excerpt: 'closed' },
				],
			} as MarkingData['claims'],
		};
		const config = markdownConfig(marking, '/');
		const before = pluginData(config);
		expect(
			before.map((options) => options.people?.length ?? Object.keys(options.claims!).length),
		).toEqual([1, 1]);
		releaseMarkingData(marking);
		const after = pluginData(config);
		expect(after.find((options) => options.people)?.people).toEqual([]);
		expect(after.find((options) => options.claims)?.claims).toEqual({});
	});
});
