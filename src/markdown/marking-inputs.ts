import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * What an article's rendered HTML depends on besides its own file, as a digest: Astro keys its
 * rendered-Markdown cache on the file's text only (and clears it all when the config's plain
 * data changes), so the article loader adds this to each entry's digest. Marking reads
 * people.yaml, the article's story's claim map (validation keeps a map's coverage inside its
 * story) and the pipeline's code; everything else of the config is in Astro's own digest.
 */

/** Relative `import … from '…'` specifiers of a module's source, in order of appearance. */
export function relativeImports(source: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g))
		found.push(match[1]!);
	return found;
}

/**
 * The source files a module reaches through relative imports, itself included, sorted. Type-only
 * imports are followed too: over-counting costs a re-render, under-counting a stale page.
 */
export function moduleClosure(entry: string, read: (file: string) => string): string[] {
	const seen = new Set<string>();
	const pending = [path.resolve(entry)];
	for (const file of pending) {
		if (seen.has(file)) continue;
		seen.add(file);
		for (const specifier of relativeImports(read(file)))
			pending.push(path.resolve(path.dirname(file), specifier));
	}
	return [...seen].sort();
}

/** One digest over named texts (a missing file is `undefined`, distinct from an empty one). */
export function digestOf(parts: Record<string, string | undefined>): string {
	const hash = createHash('sha256');
	for (const name of Object.keys(parts).sort()) {
		const text = parts[name];
		hash.update(`${name}\0${text === undefined ? '\u0001missing' : `${text.length}\0${text}`}\0`);
	}
	return hash.digest('hex');
}

function readOrUndefined(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
}

/**
 * A module's code (the file at `entry`, relative to the project, and everything it imports) and
 * the lockfile (the versions of the packages it calls), as one digest: what a cache of the
 * module's results must be keyed on besides its input.
 */
export function codeDigest(projectRoot: string, entry: string): string {
	const files = moduleClosure(path.join(projectRoot, entry), (file) => readFileSync(file, 'utf8'));
	const parts: Record<string, string | undefined> = {
		'package-lock.json': readOrUndefined(path.join(projectRoot, 'package-lock.json')),
	};
	for (const file of files) parts[path.relative(projectRoot, file)] = readFileSync(file, 'utf8');
	return digestOf(parts);
}

/** The Markdown pipeline's code and the lockfile (the remark/rehype versions), as one digest. */
export function pipelineCodeDigest(projectRoot: string): string {
	return codeDigest(projectRoot, 'src/markdown/pipeline.ts');
}

/** Which claim maps a file's marking may read: its story's, or every one (`'all'`). */
export type ClaimScope = string | 'all' | undefined;

/**
 * Digests of the marking inputs by story, read once per content sync: people.yaml, the story's
 * claim map (or all of them), the pipeline's code.
 */
export function storyMarkingDigests(contentDir: string, projectRoot: string) {
	const people = readOrUndefined(path.join(contentDir, 'people.yaml'));
	const code = pipelineCodeDigest(projectRoot);
	const claimsDir = path.join(contentDir, 'claims');
	const claimMap = (story: string) => readOrUndefined(path.join(claimsDir, `${story}.yaml`));
	const byScope = new Map<string, string>();
	return (scope: ClaimScope): string => {
		const key = scope ?? '';
		let digest = byScope.get(key);
		if (digest === undefined) {
			let claims: string | undefined;
			if (scope === 'all') {
				const stories = readdirSync(claimsDir, { withFileTypes: true })
					.filter((file) => file.isFile() && file.name.endsWith('.yaml'))
					.map((file) => file.name.slice(0, -'.yaml'.length))
					.sort();
				claims = digestOf(Object.fromEntries(stories.map((story) => [story, claimMap(story)])));
			} else if (scope !== undefined && /^[a-z0-9-]+$/.test(scope)) claims = claimMap(scope);
			digest = digestOf({ people, claims, code, scope: key });
			byScope.set(key, digest);
		}
		return digest;
	};
}
