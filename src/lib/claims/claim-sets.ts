import { validateContent } from '../content/validate-content.ts';
import { type SuggestionScore, scoreLeaveOneOut, type Suggest } from './score-suggestions.ts';

/**
 * Every story's articles in a content folder scored leave-one-article-out against that
 * story's claim map, one score an article, in id order within each story. The folder must
 * validate: a map whose excerpts are not verbatim would score nothing truthfully.
 */
export async function scoreClaimSet(root: string, suggest: Suggest): Promise<SuggestionScore[]> {
	const { content, problems } = await validateContent(root);
	if (problems.length > 0)
		throw new Error(`${root}: ${problems.length} content problem(s); run npm run validate`);
	const scores: SuggestionScore[] = [];
	for (const [story, map] of content.claims) {
		const articles = [...content.articles.values()]
			.filter((article) => article.data.story === story)
			.map((article) => ({ id: article.id, text: article.text }))
			.sort((a, b) => a.id.localeCompare(b.id));
		scores.push(...scoreLeaveOneOut(articles, map.data.claims, suggest));
	}
	return scores;
}
