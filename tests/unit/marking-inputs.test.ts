import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { storyOfArticle } from '../../src/lib/content/marked-glob.ts';
import {
	moduleClosure,
	pipelineCodeDigest,
	relativeImports,
	storyMarkingDigests,
} from '../../src/markdown/marking-inputs.ts';

let dir: string | undefined;
afterEach(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
	dir = undefined;
});

/** A project with a content folder and a two-file Markdown pipeline. */
async function project() {
	dir = await mkdtemp(path.join(tmpdir(), 'parallax-marking-'));
	const file = (name: string, text: string) =>
		mkdir(path.dirname(path.join(dir!, name)), { recursive: true }).then(() =>
			writeFile(path.join(dir!, name), text),
		);
	await file('src/markdown/pipeline.ts', "import { x } from './plugin.ts';\nexport const y = x;\n");
	await file('src/markdown/plugin.ts', 'export const x = 1;\n');
	await file('content/people.yaml', '- id: ana\n  name: Ana\n  aliases: [A]\n');
	await file('content/claims/one.yaml', 'claims: []\n');
	await file('content/claims/two.yaml', 'claims: []\n');
	const digests = () => storyMarkingDigests(path.join(dir!, 'content'), dir!);
	return { root: dir, file, digests };
}

describe('relativeImports and moduleClosure', () => {
	it('follow relative imports, type-only and dynamic ones too, not packages', () => {
		const source = [
			"import type { A } from './a.ts';",
			"import { b } from '../b.ts';",
			"import 'unified';",
			"const c = await import('./c.ts');",
		].join('\n');
		expect(relativeImports(source)).toEqual(['./a.ts', '../b.ts', './c.ts']);
		const files: Record<string, string> = {
			'/p/main.ts': "import './a.ts';",
			'/p/a.ts': "import './main.ts'; import '../q/b.ts';",
			'/q/b.ts': '',
		};
		expect(moduleClosure('/p/main.ts', (f) => files[f]!)).toEqual(['/p/a.ts', '/p/main.ts', '/q/b.ts']);
	});
});

describe('what an article is re-rendered for', () => {
	it('is its own story’s claim map, not another story’s', async () => {
		const { file, digests } = await project();
		const original = digests();
		const [one, two, all] = [original('one'), original('two'), original('all')];
		await file('content/claims/one.yaml', 'claims: [{ id: x }]\n');
		const edited = digests();
		expect(edited('one')).not.toBe(one);
		expect(edited('two')).toBe(two);
		// A story summary may be marked from any map, so it follows every one.
		expect(edited('all')).not.toBe(all);
	});

	it('is people.yaml and the pipeline’s code, for every story', async () => {
		const { root, file, digests } = await project();
		const one = digests()('one');
		await file('content/people.yaml', '- id: ana\n  name: Ana\n  aliases: [A, B]\n');
		const afterPeople = digests()('one');
		expect(afterPeople).not.toBe(one);
		const code = pipelineCodeDigest(root);
		await file('src/markdown/plugin.ts', 'export const x = 2;\n');
		expect(pipelineCodeDigest(root)).not.toBe(code);
		expect(digests()('one')).not.toBe(afterPeople);
	});

	it('tells a missing claim map from an empty one', async () => {
		const { file, digests } = await project();
		const missing = digests()('three');
		await file('content/claims/three.yaml', '');
		expect(digests()('three')).not.toBe(missing);
	});
});

describe('storyOfArticle', () => {
	it('reads the story from the frontmatter, and gives up quietly on a broken one', () => {
		expect(storyOfArticle('---\nstory: troops\nkind: news\n---\nBody')).toBe('troops');
		expect(storyOfArticle('---\nstory: [unclosed\n---\nBody')).toBeUndefined();
		expect(storyOfArticle('No frontmatter')).toBeUndefined();
	});
});
