import type { z } from 'astro/zod';
import { articleSchema } from '../../schemas/article.ts';
import { claimsFileSchema } from '../../schemas/claims.ts';
import { idSchema } from '../../schemas/common.ts';
import { peopleFileSchema } from '../../schemas/people.ts';
import { storySchema } from '../../schemas/story.ts';
import { bodyCheckerDigest, openBodyChecks } from './body-checks-cache.ts';
import type { CheckedContent } from './checked-content.ts';
import { checkBody, unparsableBody } from './checks/body.ts';
import { checkCrossReferences } from './checks/cross-references.ts';
import { duplicateIds } from './checks/duplicate-ids.ts';
import { checkLanguage } from './checks/language.ts';
import { checkProvenance } from './checks/provenance.ts';
import { checkUnreviewedLines } from './checks/unreviewed-lines.ts';
import { checkVerbatim } from './checks/verbatim.ts';
import { loadContent, type SourceFile } from './load-content.ts';
import { problemsFromZod, type Problem } from './problems.ts';

function checkShape<S extends z.ZodType>(
	source: SourceFile,
	schema: S,
	problems: Problem[],
): z.output<S> | undefined {
	const idCheck = idSchema.safeParse(source.id);
	if (!idCheck.success) {
		problems.push({
			file: source.file,
			field: '(file name)',
			message: `"${source.id}" ${idCheck.error.issues[0]?.message}`,
			expected: 'a file name like my-article-id',
		});
	}
	const result = schema.safeParse(source.data ?? {});
	if (!result.success) {
		problems.push(...problemsFromZod(source.file, source.data, result.error));
		return undefined;
	}
	return idCheck.success ? result.data : undefined;
}

/**
 * Every check the build relies on, in one pass: each file against its schema, then
 * references, unique ids, verbatim excerpts and quotes, raw hashes and bodies.
 * Returns all problems at once, in file order, and the content that passed. With `bodyChecks`
 * (a file in the build's cache folder), bodies checked by an earlier run under the same checker
 * code are not parsed again (body-checks-cache.ts).
 */
export async function validateContent(
	root: string,
	options: { bodyChecks?: string } = {},
): Promise<{ problems: Problem[]; content: CheckedContent }> {
	const bodies = options.bodyChecks
		? await openBodyChecks(options.bodyChecks, bodyCheckerDigest())
		: { check: checkBody, save: async () => {} };
	const loaded = await loadContent(root);
	const problems = [...loaded.problems];
	const content: CheckedContent = {
		stories: new Map(),
		articles: new Map(),
		claims: new Map(),
		people: new Map(),
		peopleFile: loaded.people?.file ?? 'content/people.yaml',
		raw: loaded.raw,
		// Files refused as they were read are reported; nothing that names them is reported again.
		failed: { stories: new Set(loaded.refused.stories), articles: new Set(loaded.refused.articles) },
	};

	for (const source of loaded.stories) {
		// Astro renders story bodies too: one it could not parse quickly stops the story here.
		const refused = unparsableBody(source.file, source.body ?? '');
		if (refused) problems.push(refused);
		const data = checkShape(source, storySchema, problems);
		if (data && !refused)
			content.stories.set(source.id, {
				file: source.file,
				id: source.id,
				data,
				body: source.body ?? '',
			});
		else content.failed.stories.add(source.id);
	}
	for (const source of loaded.articles) {
		const body = source.body ?? '';
		// Body problems stand on their own: report them even when the frontmatter is broken.
		const checked = bodies.check(source.file, body);
		problems.push(...checked.problems);
		const data = checkShape(source, articleSchema, problems);
		// A body refused before parsing has no text to check excerpts against.
		if (!data || checked.text === undefined) {
			content.failed.articles.add(source.id);
			continue;
		}
		const { file, id } = source;
		content.articles.set(id, { file, id, data, body, text: checked.text });
	}
	for (const source of loaded.claims) {
		const data = checkShape(source, claimsFileSchema, problems);
		if (data) content.claims.set(source.id, { file: source.file, id: source.id, data });
	}
	if (loaded.people) {
		const result = peopleFileSchema.safeParse(loaded.people.data);
		if (result.success) for (const person of result.data) content.people.set(person.id, person);
		else problems.push(...problemsFromZod(loaded.people.file, loaded.people.data, result.error));
		if (result.success)
			problems.push(
				...duplicateIds(
					loaded.people.file,
					result.data.map((p) => p.id),
					(i) => `${i}.id`,
				),
			);
	}

	await bodies.save();
	problems.push(
		...checkCrossReferences(content),
		...checkVerbatim(content),
		...checkLanguage(content),
		...checkProvenance(content),
		...checkUnreviewedLines(content),
	);
	return { problems: sortProblems(problems), content };
}

function sortProblems(problems: Problem[]): Problem[] {
	// A stable sort by file keeps each file's problems in the order they were found.
	return problems
		.map((p, i) => [p, i] as const)
		.sort(([a, i], [b, j]) => a.file.localeCompare(b.file) || i - j)
		.map(([p]) => p);
}

/** Convenience for tools: validate the content folder, returning the problems only. */
export async function listProblems(root: string): Promise<Problem[]> {
	return (await validateContent(root)).problems;
}
