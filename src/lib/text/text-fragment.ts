/** Characters a text directive reserves (`-`, `,`, `&`), beyond what encodeURIComponent escapes. */
function encodeTerm(text: string): string {
	return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/**
 * A link to `url` that opens on `passage` in browsers that support text fragments
 * (`#:~:text=`), and simply opens the page in others. Long passages are given by their
 * first and last words (`text=start,end`), as the specification recommends.
 */
export function textFragmentUrl(url: string, passage: string): string {
	const words = passage.replace(/[“”"]/g, '').trim().split(/\s+/).filter(Boolean);
	const directive =
		words.length <= 8
			? encodeTerm(words.join(' '))
			: `${encodeTerm(words.slice(0, 4).join(' '))},${encodeTerm(words.slice(-4).join(' '))}`;
	const base = url.replace(/#.*$/, '');
	return words.length === 0 ? base : `${base}#:~:text=${directive}`;
}
