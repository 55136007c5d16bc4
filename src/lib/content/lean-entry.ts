import { foundQuotesKey } from '../../markdown/found-quotes.ts';
import { ledeOf } from '../../markdown/markdown-text.ts';
import { packHtml, unpackHtml } from './packed-html.ts';

/** Where an entry's lede is kept: beside the quotations in its rendered frontmatter. */
export const ledeKey = 'lede';

/** A Markdown entry as Astro's glob loader hands it to the content store. */
export interface StoredEntry {
	body?: string | undefined;
	rendered?: { html: string; metadata?: { [key: string]: unknown } | undefined } | undefined;
}

/**
 * A rendered Markdown entry as the content store keeps it: without its Markdown text (its lede,
 * the one thing pages read of it, is kept instead), with only the quotations and the lede in
 * its rendered frontmatter (Astro copies the whole frontmatter there, a second copy of `data`),
 * and its HTML packed (packed-html.ts; `storedHtml` reads it back).
 * The store is held whole in memory and serialised whole at the end of each content sync, several
 * times its size at once: the text was a quarter of it and the copy of the frontmatter a twelfth.
 * An entry that did not render keeps what it has.
 */
export function leanEntry<E extends StoredEntry>(entry: E): E {
	const { body, rendered } = entry;
	if (body === undefined || !rendered) return entry;
	const frontmatter = rendered.metadata?.frontmatter as Record<string, unknown> | undefined;
	const { body: _read, ...lean } = entry;
	return {
		...lean,
		rendered: {
			...rendered,
			html: packHtml(rendered.html),
			metadata: {
				...rendered.metadata,
				frontmatter: { [foundQuotesKey]: frontmatter?.[foundQuotesKey], [ledeKey]: ledeOf(body) },
			},
		},
	} as unknown as E;
}

/** The lede `leanEntry` kept: the text of the entry's first paragraph, if it has one. */
export function storedLede(entry: StoredEntry): string | undefined {
	const lede = (entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined)?.[
		ledeKey
	];
	return typeof lede === 'string' ? lede : undefined;
}

/** The rendered HTML of an entry `leanEntry` stored. */
export function storedHtml(entry: StoredEntry): string {
	const packed = entry.rendered?.html;
	return packed ? unpackHtml(packed) : '';
}
