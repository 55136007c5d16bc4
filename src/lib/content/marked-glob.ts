import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { type ClaimScope, storyMarkingDigests } from '../../markdown/marking-inputs.ts';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import { leanEntry } from './lean-entry.ts';

/**
 * What the store keeps of each entry (lean-entry.ts), in every entry's digest: an entry stored in
 * another shape by an earlier build is loaded and stored again, not kept as it was.
 */
const storedShape = 'lean-entry 2';

/** The loader's store, keeping each entry as `leanEntry` makes it. */
function leanStore(store: LoaderContext['store']): LoaderContext['store'] {
	return new Proxy(store, {
		get(target, property) {
			if (property === 'set')
				return (entry: Parameters<typeof target.set>[0]) => target.set(leanEntry(entry));
			const value = Reflect.get(target, property);
			return typeof value === 'function' ? value.bind(target) : value;
		},
	});
}

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
 * rendered HTML depends on (see marking-inputs.ts), and each entry stored lean (lean-entry.ts).
 * Astro re-renders an entry's Markdown exactly when its digest changes, so an edit to a claim
 * map re-renders that story's articles, one to people.yaml or the pipeline's code every
 * article, and nothing stale is kept between builds.
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
				store: leanStore(context.store),
				generateDigest: (data) =>
					typeof data === 'string'
						? context.generateDigest(`${data}\0${marking(claims(data))}\0${storedShape}`)
						: context.generateDigest(data),
			});
		},
	};
}
