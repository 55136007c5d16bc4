import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generatedPaths } from '../../scripts/lib/build-log.ts';
import { astroBuild } from '../../scripts/lib/run.ts';
import { parseYaml, stringifyYaml } from '../../src/lib/content/frontmatter.ts';
import { copyContent, edit, editEntry } from '../support/content-fixture.ts';
import { fingerprint } from '../support/site-fingerprint.ts';

/**
 * `npm run build` is incremental: Astro reuses each page whose key (what it reads) and code are
 * unchanged, and each article's rendered Markdown whose inputs are unchanged. This edits one
 * kind of input at a time, rebuilds incrementally, and holds the result to a clean (`--force`)
 * build of the same content: byte for byte the same file set, and only the pages that changed
 * rendered. `dist/` is kept between builds, so this also holds that nothing is left in it from
 * before (a deleted article's pages) and that no file another build wrote is taken as cached.
 */

/** Files that differ between two builds (or are in one only). */
function changedFiles(a: Map<string, string>, b: Map<string, string>): string[] {
	return [...new Set([...a.keys(), ...b.keys()])]
		.filter((file) => a.get(file) !== b.get(file))
		.sort();
}

/** A path from Astro's log as a file under dist/ (`/og/site.png` → `og/site.png`). */
const asFile = (logged: string) => logged.replace(/^\/+/, '').replace(/\/+$/, '');

describe('an incremental build after an edit', { timeout: 240_000 }, () => {
	let parent: string;
	let content: string;
	let env: Record<string, string>;
	/** Paths Astro renders in every build: routes without a cache key (home, search, 404…). */
	let alwaysRendered: Set<string>;
	const incremental = () => path.join(parent, 'incremental');
	const clean = () => path.join(parent, 'clean');

	beforeAll(async () => {
		parent = await mkdtemp(path.join(tmpdir(), 'parallax-incremental-'));
		content = await copyContent();
		// Its own Astro cache, so no other build's content store or page cache is read.
		env = {
			PARALLAX_ASTRO_CACHE: path.join(parent, 'astro-cache'),
			PARALLAX_OG_CACHE: path.join(parent, 'og-cache'),
		};
	});
	afterAll(async () => {
		await rm(parent, { recursive: true, force: true });
		await rm(content, { recursive: true, force: true });
	});

	/** Builds incrementally, as `npm run build` does, and returns what Astro rendered. */
	async function buildIncrementally(extra: Record<string, string> = {}) {
		const built = await astroBuild(incremental(), {
			contentDir: content,
			env: { ...env, ...extra },
			force: false,
		});
		expect(built.code, built.stdout + built.stderr).toBe(0);
		const { rendered, reused } = generatedPaths(built.stdout);
		return { rendered: rendered.map(asFile), reused: reused.map(asFile) };
	}

	/** Builds the same content from scratch into its own empty folder with its own empty cache. */
	async function buildClean(extra: Record<string, string> = {}) {
		await rm(clean(), { recursive: true, force: true });
		await rm(path.join(parent, 'clean-cache'), { recursive: true, force: true });
		const built = await astroBuild(clean(), {
			contentDir: content,
			env: { ...env, PARALLAX_ASTRO_CACHE: path.join(parent, 'clean-cache'), ...extra },
		});
		expect(built.code, built.stdout + built.stderr).toBe(0);
		return fingerprint(clean());
	}

	it('matches a clean build when first run, and renders only uncached routes when run again', async () => {
		const cold = await buildIncrementally();
		expect(cold.reused).toEqual([]);
		const first = await fingerprint(incremental());
		// The clean build of the same fixture that every site test reads.
		expect(changedFiles(first, await fingerprint(inject('distDir')))).toEqual([]);

		const warm = await buildIncrementally();
		expect(changedFiles(first, await fingerprint(incremental()))).toEqual([]);
		alwaysRendered = new Set(warm.rendered);
		// Pages and cards are reused; only routes without a key (a handful) render again.
		const articles = (await readdir(path.join(content, 'articles'))).length;
		expect(articles).toBeGreaterThan(4);
		expect(warm.reused.filter((file) => file.startsWith('articles/')).length).toBe(articles);
		expect(warm.reused.filter((file) => file.startsWith('og/')).length).toBeGreaterThan(20);
		expect(
			[...alwaysRendered].filter((file) =>
				/^(articles|compare|claims|people|quotes|stories|og)\//.test(file),
			),
		).toEqual([]);
	});

	it('never takes a page something else wrote into dist/ as its own', async () => {
		const before = await fingerprint(incremental());
		const page = 'articles/sovereignty-versus-security/index.html';
		await writeFile(path.join(incremental(), page), '<p>Written by another build.</p>');
		const { reused } = await buildIncrementally();
		// The page comes back from Astro's cache (or renders again), not as it was left.
		expect(changedFiles(before, await fingerprint(incremental()))).toEqual([]);
		expect(reused).toContain(page);
	});

	const edits: {
		input: string;
		apply: () => Promise<void>;
		env?: Record<string, string>;
		/** Astro's config changes: it drops its whole page cache, so every path renders again. */
		configChange?: boolean;
		/** Files the edit must change, a check that it reached the pages at all. */
		mustChange: string[];
		/** A name no file of the site may carry after the edit (a deleted article's). */
		gone?: string;
		/** Files whose key the edit changes though their bytes stay the same (so they render again). */
		sameBytes?: string[];
		/** Files the edit must not render again, though it reaches pages like them. */
		kept?: string[];
	}[] = [
		{
			input: "an article's body",
			apply: () =>
				editEntry(content, 'articles/sovereignty-versus-security.md', (_data, body) =>
					body.replace('Mexico', 'Mexico (an editor’s correction)'),
				),
			mustChange: ['articles/sovereignty-versus-security/index.html'],
		},
		{
			// Re-ingesting changes the raw file and its hash: only the article's own page shows
			// them (its provenance); the pages listing the article must not render again.
			input: "an article's raw file and its recorded hash",
			apply: async () => {
				const raw = path.join(content, 'raw/sovereignty-versus-security.txt');
				const bytes = `${await readFile(raw, 'utf8')}Editor’s note: received again.\n`;
				await writeFile(raw, bytes);
				await editEntry(content, 'articles/sovereignty-versus-security.md', (data) => {
					(data.provenance as { sha256: string }).sha256 = createHash('sha256')
						.update(bytes)
						.digest('hex');
					return undefined;
				});
			},
			mustChange: ['articles/sovereignty-versus-security/index.html'],
		},
		{
			// A headline is shown wherever the article is listed or compared.
			input: "an article's headline",
			apply: () =>
				editEntry(content, 'articles/sovereignty-versus-security.md', (data) => {
					(data.headline as { text: string }).text = 'Sovereignty versus security, revisited';
					return undefined;
				}),
			mustChange: [
				'articles/sovereignty-versus-security/index.html',
				'compare/sovereignty-versus-security/sovereignty-is-not-for-sale/index.html',
				'compare/sovereignty-is-not-for-sale/sovereignty-versus-security/index.html',
				'compare/sovereignty-is-not-for-sale/rejection-preserves-sovereignty/index.html',
				'stories/sheinbaum-rejects-us-troops/index.html',
			],
		},
		{
			input: "a claim's excerpt in a claim map",
			apply: async () => {
				const file = path.join(content, 'claims/sheinbaum-rejects-us-troops.yaml');
				const map = parseYaml(await readFile(file, 'utf8')) as {
					claims: { coverage: { article: string; excerpt: string }[] }[];
				};
				const coverage = map.claims[0]!.coverage[0]!;
				// Still verbatim in the article: the excerpt loses its last two words.
				coverage.excerpt = coverage.excerpt.split(' ').slice(0, -2).join(' ');
				await import('node:fs/promises').then(({ writeFile }) =>
					writeFile(file, stringifyYaml(map)),
				);
			},
			mustChange: ['articles/rejection-preserves-sovereignty/index.html'],
		},
		{
			input: "a person's alias in people.yaml",
			apply: () => edit(content, 'people.yaml', 'aliases: [Hewitt]', 'aliases: []'),
			mustChange: ['people/james-hewitt/index.html'],
		},
		{
			// "Who said what" lists every quotation: editing one's words must reach it.
			input: "a quotation's words in an article",
			apply: () =>
				editEntry(content, 'articles/sovereignty-is-not-for-sale.md', (_data, body) =>
					body.replace(
						'How can we help you fight drug trafficking?',
						'How can we help you fight drug trafficking together?',
					),
				),
			mustChange: ['quotes/index.html', 'articles/sovereignty-is-not-for-sale/index.html'],
			// The story's page keys its articles' quotations, and the many-way table their text,
			// whole: this edit changes neither's bytes.
			sameBytes: [
				'stories/sheinbaum-rejects-us-troops/index.html',
				'stories/sheinbaum-rejects-us-troops/compare/index.html',
			],
		},
		{
			// An alias no article uses attributes no quotation: "Who said what" shows names and
			// roles only, so it is kept; the person's own page reads the whole person.
			input: 'an alias no article uses',
			apply: () =>
				edit(
					content,
					'people.yaml',
					'aliases: [Crenshaw, Rep. Dan Crenshaw]',
					'aliases: [Crenshaw, Rep. Dan Crenshaw, Congressman Crenshaw]',
				),
			mustChange: [],
			sameBytes: ['people/dan-crenshaw/index.html'],
			kept: ['quotes/index.html'],
		},
		{
			input: 'deleting an article (its file, raw text and claim citations)',
			apply: async () => {
				const id = 'washington-should-not-take-no';
				await rm(path.join(content, 'articles', `${id}.md`));
				await rm(path.join(content, 'raw', `${id}.txt`));
				const file = path.join(content, 'claims/sheinbaum-rejects-us-troops.yaml');
				const map = parseYaml(await readFile(file, 'utf8')) as {
					claims: { coverage: { article: string }[] }[];
				};
				for (const claim of map.claims)
					claim.coverage = claim.coverage.filter((cited) => cited.article !== id);
				map.claims = map.claims.filter((claim) => claim.coverage.length > 0);
				await writeFile(file, stringifyYaml(map));
			},
			mustChange: ['articles/washington-should-not-take-no/index.html'],
			gone: 'washington-should-not-take-no',
		},
		{
			// `base` is an option of both marking plugins (their links to claim and person
			// pages); Astro's own config digest covers it, so every page must render again.
			input: "the marking plugins' base option (BASE_PATH)",
			apply: async () => {},
			env: { BASE_PATH: '/parallax/' },
			configChange: true,
			mustChange: ['articles/sovereignty-versus-security/index.html', 'index.html'],
		},
	];

	for (const change of edits) {
		const { input, apply, env: extra = {}, configChange = false, mustChange, gone } = change;
		it(`renders again exactly what ${input} changes, as a clean build does`, async () => {
			const before = await fingerprint(incremental());
			await apply();
			const { rendered, reused } = await buildIncrementally(extra);
			const after = await fingerprint(incremental());
			// Never stale: the same bytes as a clean build of the edited content.
			expect(changedFiles(after, await buildClean(extra))).toEqual([]);

			const changed = changedFiles(before, after);
			expect(changed).toEqual(expect.arrayContaining(mustChange));
			if (gone) {
				expect([...before.keys()].filter((file) => file.includes(gone)).length).toBeGreaterThan(1);
				expect([...after.keys()].filter((file) => file.includes(gone))).toEqual([]);
			}
			// Nothing that changed was taken from the cache…
			expect(reused.filter((file) => changed.includes(file))).toEqual([]);
			if (configChange) {
				expect(reused).toEqual([]);
				return;
			}
			// …and nothing that did not change was rendered, besides the routes without a key.
			const needless = rendered.filter(
				(file) =>
					!changed.includes(file) && !alwaysRendered.has(file) && !change.sameBytes?.includes(file),
			);
			expect(needless).toEqual([]);
			expect(reused).toEqual(expect.arrayContaining(change.kept ?? []));
		});
	}
});
