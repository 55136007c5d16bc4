import { lowerBound } from './sorted-arrays.ts';
import { initialOf, type SearchManifest } from './index-format.ts';

/**
 * The postings files that may hold what `word` means, from the manifest's first terms alone:
 * the file the word itself would be in, then, for a word of three letters or more (which also
 * means the longer terms it begins), the files after it whose first term begins with it; at
 * most `most`. Asked for with the word's term file, they are there when the term file says
 * which terms to read. A misspelt word's terms may be elsewhere: the term file finds them.
 */
export function coveringPostings(
	word: string,
	postings: NonNullable<SearchManifest['postings']>,
	most = 3,
): string[] {
	const { first, files } = postings;
	const initial = initialOf(word);
	const at = lowerBound(first, word);
	const start = first[at] === word ? at : at - 1;
	const found: string[] = [];
	if (start >= 0 && first[start]!.startsWith(initial)) found.push(files[start]!);
	if (word.length >= 3)
		for (let i = start + 1; i < first.length && found.length < most; i++) {
			if (!first[i]!.startsWith(word)) break;
			found.push(files[i]!);
		}
	return found;
}
