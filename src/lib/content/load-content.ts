import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { controlsInData, displayPath, readText } from './content-file.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { Problem } from './problems.ts';

/** A content file as read from disk, before any schema has looked at it. */
export interface SourceFile {
	/** Path for messages, relative to the working directory. */
	file: string;
	/** The id its file name gives it. */
	id: string;
	data: unknown;
	/** The Markdown body, for `.md` files. */
	body?: string;
}

/** Everything under the content folder, parsed but not yet validated. */
export interface LoadedContent {
	root: string;
	stories: SourceFile[];
	articles: SourceFile[];
	claims: SourceFile[];
	people: SourceFile | undefined;
	/** Raw files by their path relative to the content root (`raw/x.txt`). */
	raw: Map<string, Buffer>;
	/** Files that could not be read or parsed at all. */
	problems: Problem[];
	/** Ids of stories and articles whose files are among those problems. */
	refused: { stories: Set<string>; articles: Set<string> };
}

function parseError(file: string, error: unknown, what: string): Problem {
	const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
	return {
		file: displayPath(file),
		field: '(file)',
		message: `is not valid ${what}: ${reason}`,
		expected: `well-formed ${what}`,
	};
}

async function listFiles(dir: string, extension: string): Promise<string[]> {
	try {
		const names = await readdir(dir);
		return names
			.filter((name) => name.endsWith(extension))
			.sort()
			.map((name) => path.join(dir, name));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

async function loadMarkdown(
	dir: string,
	problems: Problem[],
	refused: Set<string>,
): Promise<SourceFile[]> {
	const entries: SourceFile[] = [];
	for (const file of await listFiles(dir, '.md')) {
		const id = path.basename(file, '.md');
		const text = await readText(file, problems, (text) => splitFrontmatter(text).bodyOffset);
		const entry = text === undefined ? undefined : parseMarkdownFile(file, text, problems);
		if (entry) entries.push({ ...entry, id });
		else refused.add(id);
	}
	return entries;
}

function parseMarkdownFile(
	file: string,
	text: string,
	problems: Problem[],
): Omit<SourceFile, 'id'> | undefined {
	const { yaml, body } = splitFrontmatter(text);
	try {
		const data = yaml === undefined ? {} : parseYaml(yaml, file);
		if (controlsInData(file, data, problems)) return undefined;
		return { file: displayPath(file), data, body };
	} catch (error) {
		problems.push({ ...parseError(file, error, 'YAML frontmatter'), field: '(frontmatter)' });
		return undefined;
	}
}

async function loadYaml(file: string, problems: Problem[]): Promise<SourceFile | undefined> {
	const text = await readText(file, problems);
	if (text === undefined) return undefined;
	try {
		const data = parseYaml(text, file);
		if (controlsInData(file, data, problems)) return undefined;
		return { file: displayPath(file), id: path.basename(file, path.extname(file)), data };
	} catch (error) {
		problems.push(parseError(file, error, 'YAML'));
		return undefined;
	}
}

/** Reads the content folder; unreadable files become problems rather than exceptions. */
export async function loadContent(root: string): Promise<LoadedContent> {
	const problems: Problem[] = [];
	const refused = { stories: new Set<string>(), articles: new Set<string>() };
	const stories = await loadMarkdown(path.join(root, 'stories'), problems, refused.stories);
	const articles = await loadMarkdown(path.join(root, 'articles'), problems, refused.articles);
	const claims: SourceFile[] = [];
	for (const file of await listFiles(path.join(root, 'claims'), '.yaml')) {
		const loaded = await loadYaml(file, problems);
		if (loaded) claims.push(loaded);
	}
	const peopleFile = path.join(root, 'people.yaml');
	let people: SourceFile | undefined;
	if (existsSync(peopleFile)) people = await loadYaml(peopleFile, problems);
	else
		problems.push({
			file: displayPath(peopleFile),
			field: '(file)',
			message: 'is missing',
			expected: 'a list of the people quoted',
		});
	const raw = new Map<string, Buffer>();
	for (const file of await listFiles(path.join(root, 'raw'), '.txt')) {
		raw.set(`raw/${path.basename(file)}`, await readFile(file));
	}
	return { root, stories, articles, claims, people, raw, problems, refused };
}
