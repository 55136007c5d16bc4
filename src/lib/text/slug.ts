/** A URL-safe id from a headline: lowercase ASCII words joined by hyphens, at most 60 characters. */
export function slugify(text: string): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= 60) return slug;
	return slug.slice(0, 61).replace(/-[^-]*$/, '');
}
