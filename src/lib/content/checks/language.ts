import { articleLanguages } from '../../../schemas/article.ts';
import { functionWordCounts } from '../../ingest/function-words.ts';
import type { CheckedContent } from '../checked-content.ts';
import type { Problem } from '../problems.ts';

const names = { en: 'English', es: 'Spanish' } as const;

/**
 * At least this many function words of another language, and at least twice as many as of the
 * declared one, before a body counts as written in it. Whole articles sit far apart (the
 * fixtures: 4 to 30 times as many of their own language's); the margin lets an English
 * article quote Spanish at length, or the reverse, without being refused.
 */
const minimum = 20;
const ratio = 2;

/**
 * An article's `language` says what its body is written in: one plainly in another language
 * stops validation, so a line copied from another article cannot publish Spanish text marked
 * English (its `lang`, search and quote finding would all be wrong).
 */
export function checkLanguage(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	for (const article of content.articles.values()) {
		const declared = article.data.language;
		const counts = functionWordCounts(article.text.split('\n'));
		for (const other of articleLanguages) {
			if (other === declared) continue;
			if (counts[other] < minimum || counts[other] < ratio * counts[declared]) continue;
			problems.push({
				file: article.file,
				field: 'language',
				message: `is ${declared}, but the body reads as ${names[other]} (${counts[other]} ${names[other]} function words to ${counts[declared]} ${names[declared]})`,
				expected: `${other}, the language the text is written in`,
			});
		}
	}
	return problems;
}
