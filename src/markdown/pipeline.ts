import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize);

/**
 * An article body as the site's Markdown pipeline renders it, before Parallax's own marks:
 * what the command-line tools read, so they see the text the build sees.
 */
export function articleTree(markdown: string): Root {
	return toHast.runSync(toHast.parse(markdown)) as Root;
}
