import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAllQuoteSets } from '../../src/lib/quotes/scoring/quote-sets.ts';
import { rates, ratio } from '../../src/lib/quotes/scoring/score-quotes.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

type Floors = Partial<Record<'precision' | 'recall' | 'named' | 'described', number>>;

/**
 * A floor per set and measure, in percent: what `npm run quotes:score` measured when it was
 * set, less three to five points, rounded down. A set's measure below its floor fails, however
 * the other sets do. A measure with nothing to count, or measured at 0 %, has no floor (none
 * could fail), but precision with nothing found is whole. When the finder improves, raise the floors; when a tuning set is used to change
 * the finder, its figures say nothing new, and only the unseen ones measure the change.
 */
const floors: Record<'tuning' | 'unseen', Record<string, Floors>> = {
	tuning: {
		'cooperacion-si-intervencion-no': { precision: 96, recall: 96, named: 96, described: 96 },
		'mexico-rejects-us-military-intervention': {
			precision: 96,
			recall: 96,
			named: 96,
			described: 96,
		},
		// No quotation, one term: the floor is that the finder claims none as speech.
		'rejection-preserves-sovereignty': { precision: 96 },
		'soft-invasion-entirely-a-movie': { precision: 96, recall: 96, named: 96 },
		'sovereignty-is-not-for-sale': { precision: 96, recall: 96, named: 96 },
		'sovereignty-versus-security': { precision: 96, recall: 96, named: 96, described: 96 },
		'washington-should-not-take-no': { precision: 96, recall: 96, named: 96 },
		'tuning-sentences-1': { precision: 96, recall: 96, named: 96, described: 96 },
		'tuning-sentences-2': { precision: 96, recall: 96, named: 96, described: 96 },
		// Tuning since the finder learnt Spanish and new speakers on them (quote-set.yaml says so).
		'dev-en': { precision: 96, recall: 96, named: 96, described: 96 },
		'dev-es': { precision: 96, recall: 96, named: 96, described: 96 },
		'quotes-2-tuning-en': { precision: 96, recall: 96, named: 96, described: 96 },
		'quotes-2-tuning-es': { precision: 96, recall: 96, named: 96, described: 96 },
		// Tuned on since its first score (quotes-3/README.md): all 100 % but English named, 97.1
		// (34/35: a headline's label, "a former DEA official", is the interviewee named later).
		'quotes-3-tuning-en': { precision: 96, recall: 96, named: 93, described: 96 },
		'quotes-3-tuning-es': { precision: 96, recall: 96, named: 96, described: 96 },
		// quotes-3/unseen until it was made a tuning set for good (quotes-3/README.md); 100 %
		// throughout after the finder was changed on its misses.
		'quotes-3-tuning-2-en': { precision: 96, recall: 96, named: 96, described: 96 },
		'quotes-3-tuning-2-es': { precision: 96, recall: 96, named: 96, described: 96 },
		// quotes-4/unseen until it was made a tuning set for good (quotes-4/README.md); floors are
		// what it reaches after the finder was changed on its misses by cause (wip-speakers: en
		// 98.3 / 98.3 / 100 / 93.8, es 98.1 / 96.4 / 95.5 / 88.9), less about 2 points.
		'quotes-4-tuning-en': { precision: 96, recall: 96, named: 98, described: 91 },
		'quotes-4-tuning-es': { precision: 96, recall: 94, named: 93, described: 86 },
		// quotes-5/unseen until it was made a tuning set for good (quotes-5/README.md); floors are
		// what it reaches after the finder was changed on quotes-4's misses, then on its own
		// (wip-speakers: en 96.9 / 96.9 / 95.2 / 94.7, es 100 / 98.4 / 95.6 / 85.7), less about 2
		// points.
		'quotes-5-tuning-en': { precision: 94, recall: 94, named: 93, described: 92 },
		'quotes-5-tuning-es': { precision: 98, recall: 96, named: 93, described: 83 },
		// quotes-6/unseen until it was made a tuning set for good (quotes-6/README.md); floors are
		// what it reaches after the finder was changed on its misses by cause (wip-speakers2: en
		// 97.0 / 100 / 100 / 100, es 96.6 / 95.0 / 100 / 100), less about 2 points.
		'quotes-6-tuning-en': { precision: 95, recall: 98, named: 98, described: 98 },
		'quotes-6-tuning-es': { precision: 94, recall: 93, named: 98, described: 98 },
		// quotes-7/unseen until it was made a tuning set for good (quotes-7/README.md); floors are
		// what it reaches after the finder was changed on its misses by cause (wip-speakers3: en
		// and es 100 / 100 / 100 / 100), less about 2 points.
		'quotes-7-tuning-en': { precision: 98, recall: 98, named: 98, described: 98 },
		'quotes-7-tuning-es': { precision: 98, recall: 98, named: 98, described: 98 },
		// quotes-8/unseen until it was made a tuning set for good (quotes-8/README.md); floors are
		// what it reaches after the finder was changed on its misses by cause (wip-q8: en 100 /
		// 100 / 100 / 100, es 100 / 98.4 / 100 / 100), less about 2 points.
		'quotes-8-tuning-en': { precision: 98, recall: 98, named: 98, described: 98 },
		'quotes-8-tuning-es': { precision: 98, recall: 96, named: 98, described: 98 },
		// quotes-9/unseen until it was made a tuning set for good (quotes-9/README.md); floors are
		// what it reaches after the finder was changed on its misses by cause (wip-q9t: English
		// speaker misses classified by the step that failed; en 100 / 98.1 / 97.6 / 87.5, es 97.1 /
		// 95.7 / 91.4 / 100, Spanish untouched), less about 2 points.
		'quotes-9-tuning-en': { precision: 98, recall: 96, named: 95, described: 85 },
		'quotes-9-tuning-es': { precision: 95, recall: 93, named: 89, described: 98 },
	},
	// Written before the finder was changed for this issue and run once, at the end of it; only
	// their figures were looked at, not which quotes were missed (see quotes-2/README.md).
	unseen: {
		// Run once more after quotes-3's tuning round, aggregate only: en named 96.6, the rest as
		// first measured.
		'quotes-2-unseen-en': { precision: 90, recall: 96, named: 93, described: 89 },
		'quotes-2-unseen-es': { precision: 96, recall: 96, named: 90, described: 96 },
		// Written blind for issue 16 during stop 23 (quotes-10/README.md); the lead's first aggregate
		// run, with the finder as after the quotes-8 round (en 100 / 98.4 / 91.7 / 90.0, es 100 /
		// 100 / 88.2 / 85.7; unchanged after the quotes-9 round), less 3.5 points.
		'quotes-10-unseen-en': { precision: 96, recall: 94, named: 88, described: 86 },
		'quotes-10-unseen-es': { precision: 96, recall: 96, named: 84, described: 82 },
	},
};

describe('the quote finder against the hand-annotated sets', async () => {
	const { content } = await validateContent(fixtureContentDir);
	// The same call as `npm run quotes:score`, which reads the frozen content itself.
	const scores = await scoreAllQuoteSets(path.resolve('tests/fixtures'));

	it('scores every set that has floors, each as tuning or unseen as the floors say', () => {
		const expected = Object.entries(floors).flatMap(([status, sets]) =>
			Object.keys(sets).map((set) => ({ set, status })),
		);
		expect(scores.map(({ set, status }) => ({ set, status }))).toEqual(
			expect.arrayContaining(expected),
		);
		expect(scores).toHaveLength(expected.length);
		// Every article of the frozen content has its gold set.
		for (const article of content.articles.keys()) expect(floors.tuning).toHaveProperty([article]);
	});

	it.each(scores.map((score) => [score.set, score] as const))(
		'keeps %s at its floors',
		(set, { status, score }) => {
			const measured = rates(score);
			for (const [measure, floor] of Object.entries(floors[status][set] ?? {})) {
				const tally = measured[measure as keyof Floors];
				// Claiming nothing is no false positive; any other measure needs something to count.
				const rate = measure === 'precision' && tally.of === 0 ? 1 : ratio(tally);
				expect(rate, `${set} ${measure}: ${tally.right}/${tally.of}`).toBeGreaterThanOrEqual(
					floor / 100,
				);
			}
		},
	);
});
