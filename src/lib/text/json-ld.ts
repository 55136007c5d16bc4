/**
 * schema.org items as the text of a `<script type="application/ld+json">`: one graph, and
 * `<` escaped so no text in the data can close the script element.
 */
export function jsonLdScript(items: readonly Record<string, unknown>[]): string {
	return JSON.stringify({ '@context': 'https://schema.org', '@graph': items }).replace(
		/</g,
		'\\u003c',
	);
}
