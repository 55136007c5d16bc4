import { describe, expect, it } from 'vitest';
import {
	readFrontmatter,
	splitFrontmatter,
	writeFrontmatter,
} from '../../src/lib/content/frontmatter.ts';

describe('the frontmatter module', () => {
	it('splits where Astro does and says where the body starts', () => {
		const text = '---\ntitle: A\n---\n\nBody text.\n';
		const parts = splitFrontmatter(text);
		expect(parts.yaml).toBe('\ntitle: A\n');
		expect(parts.body).toBe('\n\nBody text.\n');
		expect(text.slice(parts.bodyOffset)).toBe(parts.body);
	});

	it('reads a file with no frontmatter as all body and no data', () => {
		expect(readFrontmatter('Just text.\n')).toEqual({ data: {}, body: 'Just text.\n' });
		expect(splitFrontmatter('Just text.\n').bodyOffset).toBe(0);
	});

	it('keeps dates as text, so an impossible date reaches the schema instead of moving', () => {
		const { data } = readFrontmatter('---\ndate: 2025-02-30\n---\nx');
		expect(data).toEqual({ date: '2025-02-30' });
	});

	it('reads back what it writes, quoting text that looks like a date', () => {
		const data = { headline: { text: 'A: colon', source: 'article' }, value: '2025-05-03' };
		const written = writeFrontmatter(data, '\nBody.\n');
		expect(written).toContain("value: '2025-05-03'");
		// The body comes back as Astro reads it: from the newline that ends the `---` line.
		expect(readFrontmatter(written)).toEqual({ data, body: '\n\nBody.\n' });
	});

	it('throws js-yaml’s error, naming the file, on malformed YAML', () => {
		expect(() => readFrontmatter('---\na: [\n---\nx', 'content/articles/x.md')).toThrow(
			/content\/articles\/x\.md/,
		);
	});
});
