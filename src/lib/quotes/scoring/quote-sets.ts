import path from 'node:path';
import { validateContent } from '../../content/validate-content.ts';
import { scoreFixtureSets } from './fixture-gold.ts';
import { scoreGoldFiles } from './quote-gold.ts';
import type { SetScore } from './score-quotes.ts';

/**
 * Every hand-annotated quote set, scored: the one list `npm run quotes:score` prints and the
 * floors test holds, so a new set cannot reach one and miss the other. `fixtures` is the
 * folder that holds them (tests/fixtures). The articles' gold in quote-gold/ was annotated on
 * the frozen copy of the content beside it (`fixtures`/content), so their bodies and the
 * people the finder knows come from there, never from content/: an article added to or
 * dropped from the site cannot change a score or stop the command. With `tuning`, the folders
 * of unseen sets are not read at all, so that nothing of them is scored, printed or listed
 * while the finder is being changed.
 */
export async function scoreAllQuoteSets(
	fixtures: string,
	{ tuning = false }: { tuning?: boolean } = {},
): Promise<SetScore[]> {
	const { content } = await validateContent(path.join(fixtures, 'content'));
	const bodies = new Map([...content.articles].map(([id, article]) => [id, article.body]));
	const people = [...content.people.values()];
	const sets = [
		...(await scoreGoldFiles(path.join(fixtures, 'quote-gold'), bodies, people)),
		...(await scoreFixtureSets(path.join(fixtures, 'dev'), people)),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-2/tuning'), people, 'quotes-2-tuning')),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-3/tuning'), people, 'quotes-3-tuning')),
		...(await scoreFixtureSets(
			path.join(fixtures, 'quotes-3/tuning-2'),
			people,
			'quotes-3-tuning-2',
		)),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-4/tuning'), people, 'quotes-4-tuning')),
		// Was wholly unseen; made tuning for good once quotes-6 was written to be unseen.
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-5/tuning'), people, 'quotes-5-tuning')),
		// Was wholly unseen; made tuning for good once quotes-7 was written to be unseen.
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-6/tuning'), people, 'quotes-6-tuning')),
		// Was wholly unseen; made tuning for good once quotes-8 was written to be unseen.
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-7/tuning'), people, 'quotes-7-tuning')),
		// Was wholly unseen; made tuning for good once quotes-9 was to be written unseen.
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-8/tuning'), people, 'quotes-8-tuning')),
		// Was wholly unseen; made tuning for good once quotes-10 was to be written unseen.
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-9/tuning'), people, 'quotes-9-tuning')),
	];
	if (tuning) return sets.filter((set) => set.status === 'tuning');
	return [
		...sets,
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-2/unseen'), people, 'quotes-2-unseen')),
		...(await scoreFixtureSets(path.join(fixtures, 'quotes-10/unseen'), people, 'quotes-10-unseen')),
	];
}
