import { unified as astroProcessor } from '@astrojs/markdown-remark';
import type { Root as Hast } from 'hast';
import type { Root as Mdast } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { MarkingData } from './marking-data.ts';
import rehypeMarkClaims from './rehype-mark-claims.ts';
import rehypeMarkQuotes from './rehype-mark-quotes.ts';

/**
 * The one Markdown pipeline: how article bodies are parsed (CommonMark + GFM) and turned into
 * HTML. The site's config renders with it, and the tools and checks read bodies with the same
 * steps, so an editor's command sees the text the build sees.
 */

/**
 * Bodies are data. Validation already refuses raw HTML; sanitising is the second lock.
 * Parallax's own marks come after it, so sanitising never strips their ids.
 */
const beforeMarks = [rehypeSanitize];

const parser = unified().use(remarkParse).use(remarkGfm);
const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(beforeMarks);

/** Parses an article body as the site does. */
export function parseMarkdown(markdown: string): Mdast {
	return parser.parse(markdown);
}

/** An article body as the site renders it, before Parallax's own marks. */
export function articleTree(markdown: string): Hast {
	return toHast.runSync(toHast.parse(markdown)) as Hast;
}

/** Astro's `markdown` settings: the pipeline above, then the quote and claim marks. */
export function markdownConfig(marking: MarkingData, base: string) {
	return {
		// Shiki's inline styles break the CSP, and article bodies hold no code.
		syntaxHighlight: false as const,
		processor: astroProcessor({
			gfm: true,
			// Article text is quoted evidence: keep the outlet's own quote marks and dashes.
			smartypants: false,
			rehypePlugins: [
				...beforeMarks,
				[rehypeMarkQuotes, withUndigested({ base }, { people: marking.people })],
				[rehypeMarkClaims, withUndigested({ base }, { claims: marking.claims })],
			],
		}),
	};
}

/**
 * Plugin options whose `data` Astro's config digests do not see. Astro hashes the config's plain
 * data to decide when to drop its whole rendered-Markdown store and its incremental page cache,
 * so with people and claims in there one edited alias would re-render every page. They stay out
 * (non-enumerable: JSON and Object.entries skip them) and the content loaders key each entry on
 * the ones it reads instead (src/lib/content/marked-glob.ts).
 */
export function withUndigested<T extends object, D extends object>(options: T, data: D): T & D {
	const both = { ...options } as T & D;
	for (const [key, value] of Object.entries(data))
		Object.defineProperty(both, key, { value, enumerable: false });
	return both;
}
