import { createHash } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
	readFrontmatter,
	stringifyYaml,
	writeFrontmatter,
} from '../../src/lib/content/frontmatter.ts';
import { TextVariator } from './synthetic-text.ts';

/** The shape of a generated content folder. */
export interface SyntheticShape {
	stories: number;
	articlesPerStory: number;
	/** Claims per story, each covered by two to four of its articles. */
	claimsPerStory?: number;
	seed?: number;
}

interface RealArticle {
	data: Record<string, unknown>;
	body: string;
}

/**
 * Writes a content folder of `stories` × `articlesPerStory` articles that validates and
 * builds like the real one: each article's body is a real article's with about a quarter
 * of its words changed (quotes and their speakers stay, so the quote finder has work), its
 * raw file is that body, and each story's claims quote its articles' sentences verbatim.
 * Returns the number of articles written.
 */
export async function writeSyntheticContent(
	realRoot: string,
	outRoot: string,
	{ stories, articlesPerStory, claimsPerStory = 20, seed = 7 }: SyntheticShape,
): Promise<number> {
	const real = await readRealArticles(realRoot);
	const story = await readFile(
		path.join(realRoot, 'stories', (await readdir(path.join(realRoot, 'stories')))[0]!),
		'utf8',
	);
	const storyData = readFrontmatter(story).data as Record<string, unknown>;
	const text = new TextVariator(
		real.map((article) => article.body),
		seed,
	);
	for (const folder of ['articles', 'raw', 'stories', 'claims'])
		await mkdir(path.join(outRoot, folder), { recursive: true });
	await copyFile(path.join(realRoot, 'people.yaml'), path.join(outRoot, 'people.yaml'));

	for (let s = 0; s < stories; s++) {
		const storyId = `synthetic-story-${s + 1}`;
		const articles: { id: string; sentences: string[] }[] = [];
		for (let a = 0; a < articlesPerStory; a++) {
			const template = real[(s + a) % real.length]!;
			const id = `${storyId}-article-${a + 1}`;
			const body = template.body
				.split('\n')
				.map((line) => (line.startsWith('|') ? line : text.vary(line)))
				.join('\n');
			const raw = `${body.trim()}\n`;
			const data = {
				...template.data,
				headline: { text: text.vary(headlineOf(template)), source: 'derived' },
				story: storyId,
				outlet: a % 3 === 0 ? null : `${text.coin()} ${['Times', 'Post', 'Wire'][a % 3]}`,
				stance: {
					...(template.data.stance as object),
					evidence: [firstSentence(raw)],
				},
				summary: text.vary(String(template.data.summary)),
				provenance: {
					raw: `raw/${id}.txt`,
					sha256: createHash('sha256').update(raw).digest('hex'),
					removed: [],
					edited: [],
					flagged: [],
				},
			};
			delete (data as Record<string, unknown>).dek;
			// An editor's curated quotes hold the real text's words, which the variation changes
			// like any others; the finder's own quotes are work enough.
			delete (data as Record<string, unknown>).quotes;
			await writeFile(path.join(outRoot, 'raw', `${id}.txt`), raw);
			await writeFile(
				path.join(outRoot, 'articles', `${id}.md`),
				writeFrontmatter(data, `\n${raw}`),
			);
			articles.push({ id, sentences: sentencesOf(raw) });
		}
		const claims = Array.from({ length: claimsPerStory }, (_, c) => {
			const covering = Array.from(
				{ length: Math.min(articles.length, 2 + text.pick(3)) },
				(_, k) => articles[(c + k) % articles.length]!,
			);
			return {
				id: `${storyId}-claim-${c + 1}`,
				statement: text.vary(covering[0]!.sentences[c % covering[0]!.sentences.length]!),
				topic: ['sovereignty', 'security', 'drugs', 'politics'][c % 4],
				coverage: covering.map((article, k) => ({
					article: article.id,
					stance: (['asserts', 'attributes', 'disputes', 'questions'] as const)[(c + k) % 4],
					excerpt: article.sentences[(c * 3 + k) % article.sentences.length],
				})),
			};
		});
		await writeFile(
			path.join(outRoot, 'claims', `${storyId}.yaml`),
			stringifyYaml({ claims }),
		);
		const storyFront = {
			...storyData,
			title: `${text.vary(String(storyData.title))} (${s + 1})`,
			timeline: [],
		};
		await writeFile(
			path.join(outRoot, 'stories', `${storyId}.md`),
			writeFrontmatter(storyFront, `\n${text.vary(String(storyData.summary))}\n`),
		);
	}
	return stories * articlesPerStory;
}

async function readRealArticles(root: string): Promise<RealArticle[]> {
	const dir = path.join(root, 'articles');
	const articles: RealArticle[] = [];
	for (const file of (await readdir(dir)).filter((name) => name.endsWith('.md')).sort()) {
		const source = await readFile(path.join(dir, file), 'utf8');
		const { data, body } = readFrontmatter(source, file);
		articles.push({ data: data as Record<string, unknown>, body: body.trim() });
	}
	return articles;
}

function headlineOf(article: RealArticle): string {
	return String((article.data.headline as { text: string }).text);
}

/** Plain prose sentences long enough to be an excerpt: no headings, tables or lists. */
function sentencesOf(body: string): string[] {
	return body
		.split('\n')
		.filter((line) => /^\p{L}/u.test(line))
		.flatMap((line) => line.split(/(?<=[.!?])\s+(?=\p{Lu})/u))
		.filter((sentence) => sentence.length > 40 && !/[*_`[\]]/.test(sentence));
}

function firstSentence(body: string): string {
	const [first] = sentencesOf(body);
	if (!first) throw new Error('a synthetic article has no sentence to cite');
	return first;
}
