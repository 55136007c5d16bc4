import { glob, type Loader } from 'astro/loaders';
import { type ClaimScope, storyMarkingDigests } from '../../markdown/marking-inputs.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';

/** The story an article's text names, or undefined when its frontmatter does not parse. */
export function storyOfArticle(text: string): string | undefined {
	try {
		const { yaml } = splitFrontmatter(text);
		const data = yaml === undefined ? undefined : parseYaml(yaml);
		const story = (data as { story?: unknown } | undefined)?.story;
		return typeof story === 'string' ? story : undefined;
	} catch {
		// Validation reports the broken file and stops the build; its digest just stays its own.
		return undefined;
	}
}

/**
 * Astro's glob loader with each entry's digest widened from the file's text to everything its
 * rendered HTML depends on (see marking-inputs.ts). Astro re-renders an entry's Markdown exactly
 * when its digest changes, so an edit to a claim map re-renders that story's articles, one to
 * people.yaml or the pipeline's code every article, and nothing stale is kept between builds.
 * `claims` says which claim maps a file may read: articles their story's; story summaries every
 * one, since the claim plugin looks marks up by file name and a story's name is not an article's.
 */
export function markedGlob(
	base: string,
	contentDir: string,
	claims: (text: string) => ClaimScope,
	projectRoot: string = process.cwd(),
): Loader {
	const inner = glob({ base, pattern: '*.md' });
	return {
		name: 'parallax-marked-glob',
		load: (context) => {
			const marking = storyMarkingDigests(contentDir, projectRoot);
			return inner.load({
				...context,
				generateDigest: (data) =>
					typeof data === 'string'
						? context.generateDigest(`${data}\0${marking(claims(data))}`)
						: context.generateDigest(data),
			});
		},
	};
}
