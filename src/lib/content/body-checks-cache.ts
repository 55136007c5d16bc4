import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeDigest } from '../../markdown/marking-inputs.ts';
import { checkBody } from './checks/body.ts';
import type { Problem } from './problems.ts';

/**
 * checkBody's results kept between builds: parsing every article body is most of validation's
 * time (2.7 of 3.3 s at 1,000 articles), and an edit changes one body. A result is looked up by
 * the digest of the body's text and used only under the same checker: the code of checks/body.ts
 * and everything it imports, and the lockfile (the Markdown parser's version). A changed body
 * has another digest; changed checker code discards every result.
 */

/** What checkBody found in one body, without the file's name (the same text may move). */
export interface BodyCheck {
	problems: Omit<Problem, 'file'>[];
	text?: string;
}

/** The file's shape: the checker's digest and the results by body digest. */
interface BodyChecksFile {
	checker: string;
	bodies: Record<string, BodyCheck>;
}

/** The checker's code (checks/body.ts and what it imports) and the lockfile, as one digest. */
export function bodyCheckerDigest(projectRoot: string = process.cwd()): string {
	return codeDigest(projectRoot, 'src/lib/content/checks/body.ts');
}

const bodyDigest = (body: string) => createHash('sha256').update(body).digest('base64url');

/** checkBody with results remembered; `save` keeps those of the bodies checked since `open`. */
export interface BodyChecks {
	check(file: string, body: string): { problems: Problem[]; text?: string };
	save(): Promise<void>;
}

/**
 * Opens the results kept in `file` (none if it is missing, unreadable or of another checker).
 * Only the bodies checked in this run are saved, so the file does not grow with old versions.
 */
export async function openBodyChecks(file: string, checker: string): Promise<BodyChecks> {
	let known: Record<string, BodyCheck> = {};
	try {
		const kept = JSON.parse(await readFile(file, 'utf8')) as BodyChecksFile;
		if (kept.checker === checker && kept.bodies && typeof kept.bodies === 'object')
			known = kept.bodies;
	} catch {
		// No results yet, or a file cut short: every body is checked afresh.
	}
	const used = new Map<string, BodyCheck>();
	let fresh = 0;
	return {
		check(name, body) {
			const digest = bodyDigest(body);
			let result = used.get(digest) ?? (Object.hasOwn(known, digest) ? known[digest] : undefined);
			if (!result) {
				const { problems, text } = checkBody(name, body);
				result = {
					problems: problems.map(({ file: _named, ...rest }) => rest),
					...(text === undefined ? {} : { text }),
				};
				fresh++;
			}
			used.set(digest, result);
			return {
				problems: result.problems.map((problem) => ({ file: name, ...problem })),
				...(result.text === undefined ? {} : { text: result.text }),
			};
		},
		async save() {
			if (fresh === 0 && used.size === Object.keys(known).length) return;
			const kept: BodyChecksFile = { checker, bodies: Object.fromEntries(used) };
			await mkdir(path.dirname(file), { recursive: true });
			// A name of its own, then a rename: a build reading the file never sees half of it.
			const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
			await writeFile(partial, JSON.stringify(kept));
			await rename(partial, file);
		},
	};
}
