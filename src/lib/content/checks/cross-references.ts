import type { CheckedContent } from '../checked-content.ts';
import type { Problem } from '../problems.ts';
import { duplicateIds, oneOf } from './duplicate-ids.ts';

/** Every id a file names exists, belongs to the right story, and is not used twice. */
export function checkCrossReferences(content: CheckedContent): Problem[] {
	const problems: Problem[] = [];
	const { stories, articles, people } = content;

	for (const article of articles.values()) {
		const story = stories.get(article.data.story);
		if (!story) {
			// Reported once here; references to this article are not reported again.
			content.failed.articles.add(article.id);
			if (content.failed.stories.has(article.data.story)) continue;
			problems.push({
				file: article.file,
				field: 'story',
				message: `names the story "${article.data.story}", which does not exist`,
				expected: oneOf(stories.keys()),
			});
		} else {
			const position = article.data.stance?.position;
			if (position !== undefined && !story.data.stanceScale.some((step) => step.id === position)) {
				problems.push({
					file: article.file,
					field: 'stance.position',
					message: `"${position}" is not on the story's stance scale`,
					expected: oneOf(story.data.stanceScale.map((s) => s.id)),
				});
			}
		}
		article.data.quotes.forEach((quote, i) => {
			if (quote.speaker !== undefined && !people.has(quote.speaker)) {
				problems.push({
					file: article.file,
					field: `quotes.${i}.speaker`,
					message: `names the person "${quote.speaker}", who is not in people.yaml`,
					expected: oneOf(people.keys()),
				});
			}
		});
	}

	for (const story of stories.values()) {
		const { stanceScale, timeline } = story.data;
		problems.push(
			...duplicateIds(
				story.file,
				stanceScale.map((s) => s.id),
				(i) => `stanceScale.${i}.id`,
			),
		);
		problems.push(
			...duplicateIds(
				story.file,
				timeline.map((e) => e.id),
				(i) => `timeline.${i}.id`,
			),
		);
		for (const [i, event] of timeline.entries()) {
			event.reportedBy.forEach((id, j) => {
				if (!content.failed.articles.has(id) && articles.get(id)?.data.story !== story.id) {
					const storyArticles = [...articles.values()]
						.filter((a) => a.data.story === story.id)
						.map((a) => a.id);
					problems.push({
						file: story.file,
						field: `timeline.${i}.reportedBy.${j}`,
						message: `names the article "${id}", which is not in this story`,
						expected: oneOf(storyArticles),
					});
				}
			});
		}
	}

	const claimIds: { file: string; field: string; id: string }[] = [];
	for (const claimsFile of content.claims.values()) {
		if (!stories.has(claimsFile.id) && !content.failed.stories.has(claimsFile.id)) {
			problems.push({
				file: claimsFile.file,
				field: '(file name)',
				message: `names the story "${claimsFile.id}", which does not exist`,
				expected: `a file named after ${oneOf(stories.keys())}`,
			});
		}
		claimsFile.data.claims.forEach((claim, i) => {
			claimIds.push({ file: claimsFile.file, field: `claims.${i}.id`, id: claim.id });
			problems.push(
				...duplicateIds(
					claimsFile.file,
					claim.coverage.map((c) => c.article),
					(j) => `claims.${i}.coverage.${j}.article`,
				),
			);
			claim.coverage.forEach((coverage, j) => {
				if (
					!content.failed.articles.has(coverage.article) &&
					articles.get(coverage.article)?.data.story !== claimsFile.id
				) {
					const storyArticles = [...articles.values()]
						.filter((a) => a.data.story === claimsFile.id)
						.map((a) => a.id);
					problems.push({
						file: claimsFile.file,
						field: `claims.${i}.coverage.${j}.article`,
						message: `names the article "${coverage.article}", which is not in this story`,
						expected: oneOf(storyArticles),
					});
				}
			});
		});
	}
	// Claim pages live at /claims/<id>/, so claim ids are unique across every story.
	const firstUse = new Map<string, string>();
	for (const { file, field, id } of claimIds) {
		const first = firstUse.get(id);
		if (first)
			problems.push({
				file,
				field,
				message: `repeats the claim id "${id}" already used at ${first}`,
				expected: 'each claim id once across all stories',
			});
		else firstUse.set(id, `${file}: ${field}`);
	}
	return problems;
}
