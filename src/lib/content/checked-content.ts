import type { Article } from '../../schemas/article.ts';
import type { ClaimsFile } from '../../schemas/claims.ts';
import type { Person } from '../../schemas/people.ts';
import type { Story } from '../../schemas/story.ts';

/** An entry that passed its schema, with where it came from. */
export interface Checked<T> {
	file: string;
	id: string;
	data: T;
}

/** An article that passed its schema, with its body as Markdown and as plain text. */
export interface CheckedArticle extends Checked<Article> {
	body: string;
	text: string;
}

/** The content that passed its schemas, by id: what the cross-file checks work on. */
export interface CheckedContent {
	stories: Map<string, Checked<Story> & { body: string }>;
	articles: Map<string, CheckedArticle>;
	claims: Map<string, Checked<ClaimsFile>>;
	people: Map<string, Person>;
	peopleFile: string;
	raw: Map<string, Buffer>;
	/** Ids whose files exist but failed their schema or a reference (already reported). */
	failed: { stories: Set<string>; articles: Set<string> };
}
