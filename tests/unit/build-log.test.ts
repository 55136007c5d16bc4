import { describe, expect, it } from 'vitest';
import { generatedPaths } from '../../scripts/lib/build-log.ts';

describe('generatedPaths', () => {
	it('tells rendered paths from reused ones, even when renders print out of order', () => {
		const log = [
			' generating static routes ',
			'▶ src/pages/articles/[article].astro',
			'  ├─ /articles/a/index.html (restored)',
			'  ├─ /articles/b/index.html (cached)',
			'  ├─ /articles/c/index.html   ├─ /articles/d/index.html (+12ms) ',
			' (+3.40s) ',
			'12:00:00   ├─ /og/site.png12:00:01 (+8ms) ',
			'12:00:00 [build] 3 page(s) built in 1.2s',
		].join('\n');
		expect(generatedPaths(log)).toEqual({
			rendered: ['/articles/c/index.html', '/articles/d/index.html', '/og/site.png'],
			reused: ['/articles/a/index.html', '/articles/b/index.html'],
		});
	});

	it('finds nothing in a log without generated paths', () => {
		expect(generatedPaths('[build] Complete!')).toEqual({ rendered: [], reused: [] });
	});
});
