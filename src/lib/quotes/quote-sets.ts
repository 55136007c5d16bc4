import path from 'node:path';
import type { CheckedContent } from '../content/checked-content.ts';
import { scoreFixtureSets } from './fixture-gold.ts';
import { scoreGoldFiles } from './quote-gold.ts';
import type { SetScore } from './score-quotes.ts';

/**
 * Every hand-annotated quote set, scored: the one list `npm run quotes:score` prints and the
 * floors test holds, so a new set cannot reach one and miss the other. `fixtures` is the
 * folder that holds them (tests/fixtures); the published articles' gold reads their bodies
 * from `content`.
 */
export async function scoreAllQuoteSets(
	fixtures: string,
	content: CheckedContent,
): Promise<SetScore[]> {
	const bodies = new Map([...content.articles].map(([id, article]) => [id, article.body]));
	const people = [...content.people.values()];
	return [
		...(await scoreGoldFiles(path.join(fixtures, 'quote-gold'), bodies, people)),
		...(await scoreFixtureSets(path.join(fixtures, 'dev'), people)),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-2/tuning'), people, 'quotes-2-tuning')),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-2/unseen'), people, 'quotes-2-unseen')),
	];
}
