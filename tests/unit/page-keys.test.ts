import { describe, expect, it } from 'vitest';
import type { KeyedEntry } from '../../src/lib/stories/content-digests.ts';
import {
	articlePageKey,
	claimPageKey,
	manyComparePageKey,
	ogCardKey,
	pairPageKey,
	personPageKey,
	quotesPageKey,
	type StoryInputs,
	storyPageKey,
} from '../../src/lib/stories/page-keys.ts';
import type { Claim } from '../../src/schemas/claims.ts';

/** An article as the store keeps it: its HTML, and its quotations and lede (lean-entry.ts). */
function article(id: string, body = `${id} body`, quotes: unknown[] = []): KeyedEntry {
	return {
		id,
		data: { headline: { text: `${id} headline` }, story: 's' },
		rendered: {
			html: `<p>${body}</p>`,
			metadata: { frontmatter: { foundQuotes: quotes, lede: body } },
		},
	};
}

const people = [
	{ id: 'ana', data: { name: 'Ana' } },
	{ id: 'ben', data: { name: 'Ben' } },
];
const claim = { id: 'c', statement: 'A claim.', topic: 't', coverage: [] } as unknown as Claim;

function inputs(articles: KeyedEntry[], change: Partial<StoryInputs> = {}): StoryInputs {
	return {
		story: { id: 's', data: { title: 'A story' }, rendered: { html: '<p>Summary</p>' } },
		articles,
		claims: [claim],
		people,
		...change,
	};
}

const [a, b, c] = [article('a'), article('b'), article('c')];
const base = inputs([a, b, c]);
const editedC = article('c', 'c body, corrected');
const withEditedC = inputs([a, b, editedC]);

describe('page keys', () => {
	it('re-render an article page for its own body, not for a sibling’s body', () => {
		const key = articlePageKey(a, base);
		expect(articlePageKey(a, base)).toBe(key);
		expect(articlePageKey(article('a', 'a body, corrected'), base)).not.toBe(key);
		expect(articlePageKey(a, withEditedC)).toBe(key);
	});

	it('re-render an article page when a sibling’s headline or a person’s name changes', () => {
		const key = articlePageKey(a, base);
		const renamed = { ...b, data: { headline: { text: 'New headline' }, story: 's' } };
		expect(articlePageKey(a, inputs([a, renamed, c]))).not.toBe(key);
		const people2 = [people[0]!, { id: 'ben', data: { name: 'Benjamin' } }];
		expect(articlePageKey(a, inputs([a, b, c], { people: people2 }))).not.toBe(key);
	});

	it('re-render a page when the same entry’s rendered body is replaced in place', () => {
		const entry = article('d');
		const before = pairPageKey(a, entry, base);
		entry.rendered = { html: '<p>d body, replaced and marked</p>' };
		expect(pairPageKey(a, entry, base)).not.toBe(before);
	});

	it('re-render the many-way comparison for a new lede, not for a later paragraph', () => {
		const laterParagraph = {
			...c,
			rendered: { ...c.rendered!, html: `${c.rendered!.html}<p>More.</p>` },
		};
		expect(manyComparePageKey(inputs([a, b, laterParagraph]))).toBe(manyComparePageKey(base));
		expect(manyComparePageKey(inputs([a, b, laterParagraph]))).not.toBe(
			manyComparePageKey(withEditedC),
		);
	});

	it('re-render the pairs that show an edited body, not the others', () => {
		expect(pairPageKey(a, editedC, withEditedC)).not.toBe(pairPageKey(a, c, base));
		expect(pairPageKey(a, b, withEditedC)).toBe(pairPageKey(a, b, base));
	});

	it('re-render a pair for its own articles’ claims only', () => {
		const cover = (article: string, excerpt: string) => ({ article, stance: 'asserts', excerpt });
		const map = (excerptOfC: string) =>
			[
				{
					id: 'x',
					statement: 'X.',
					topic: 't',
					coverage: [cover('a', 'one'), cover('c', excerptOfC)],
				},
				{ id: 'y', statement: 'Y.', topic: 't', coverage: [cover('c', excerptOfC)] },
			] as unknown as Claim[];
		const before = inputs([a, b, c], { claims: map('three') });
		const after = inputs([a, b, c], { claims: map('three, shorter') });
		expect(pairPageKey(a, b, after)).toBe(pairPageKey(a, b, before));
		expect(pairPageKey(a, c, after)).not.toBe(pairPageKey(a, c, before));
		const reworded = inputs([a, b, c], {
			claims: map('three').map((claim) => ({ ...claim, statement: 'Reworded.' })),
		});
		expect(pairPageKey(a, b, reworded)).not.toBe(pairPageKey(a, b, before));
	});

	it('re-render story-wide pages for what they read of the articles', () => {
		// The many-way comparison shows ledes (bodies); the story page quotes; claim pages neither.
		expect(manyComparePageKey(withEditedC)).not.toBe(manyComparePageKey(base));
		expect(storyPageKey(withEditedC)).toBe(storyPageKey(base));
		expect(claimPageKey(claim, withEditedC)).toBe(claimPageKey(claim, base));
		const quoted = inputs([a, b, article('c', 'c body', [{ speaker: 'ana', text: 'Hi' }])]);
		expect(storyPageKey(quoted)).not.toBe(storyPageKey(base));
		const moved = { ...claim, statement: 'Reworded.' } as Claim;
		expect(claimPageKey(moved, base)).not.toBe(claimPageKey(claim, base));
		expect(storyPageKey(inputs([a, b, c], { claims: [moved] }))).not.toBe(storyPageKey(base));
	});

	it('re-render only its own page for an article’s provenance, every page listing it for its headline', () => {
		const withProvenance = (entry: KeyedEntry, sha256: string, headline = 'c headline') => ({
			...entry,
			data: { headline: { text: headline }, story: 's', provenance: { raw: 'raw/c.txt', sha256 } },
		});
		const before = withProvenance(c, '0'.repeat(64));
		const rehashed = withProvenance(c, '1'.repeat(64));
		const retitled = withProvenance(c, '0'.repeat(64), 'c, a new headline');
		const [was, hashed, titled] = [before, rehashed, retitled].map((entry) =>
			inputs([a, b, entry]),
		) as [StoryInputs, StoryInputs, StoryInputs];
		const ana = people[0]!;
		const quotesAna = (entry: KeyedEntry): KeyedEntry => ({
			...entry,
			rendered: { html: '', metadata: { frontmatter: { foundQuotes: [{ speaker: 'ana' }] } } },
		});
		const keys = (entry: KeyedEntry, all: StoryInputs) => ({
			own: articlePageKey(entry, all),
			sibling: articlePageKey(a, all),
			pair: pairPageKey(a, entry, all),
			otherPair: pairPageKey(a, b, all),
			story: storyPageKey(all),
			many: manyComparePageKey(all),
			claim: claimPageKey(claim, all),
			person: personPageKey(ana, people, [a, b, quotesAna(entry)]),
		});
		const [k0, kHash, kTitle] = [keys(before, was), keys(rehashed, hashed), keys(retitled, titled)];
		expect(kHash.own).not.toBe(k0.own);
		expect({ ...kHash, own: k0.own }).toEqual(k0);
		// Every page names the article, a pair of two others too (in its list of the story's rest).
		for (const page of Object.keys(k0) as (keyof typeof k0)[])
			expect(kTitle[page], page).not.toBe(k0[page]);
	});

	it('re-render a page when the same entry’s frontmatter is replaced', () => {
		const entry = article('d');
		const before = pairPageKey(a, entry, base);
		entry.data = { headline: { text: 'd, retitled' }, story: 's' };
		expect(pairPageKey(a, entry, base)).not.toBe(before);
		expect(claimPageKey(claim, inputs([a, entry]))).not.toBe(
			claimPageKey(claim, inputs([a, article('d')])),
		);
	});

	it('re-render a person’s page only for their own quotations', () => {
		const ana = people[0]!;
		const key = personPageKey(ana, people, [a, b, c]);
		const benQuoted = article('c', 'c body', [{ speaker: 'ben', text: 'Hello' }]);
		expect(personPageKey(ana, people, [a, b, benQuoted])).toBe(key);
		const anaQuoted = article('c', 'c body', [{ speaker: 'ana', text: 'Hello' }]);
		expect(personPageKey(ana, people, [a, b, anaQuoted])).not.toBe(key);
		// The order the collection lists articles in is not content.
		expect(personPageKey(ana, people, [c, b, a])).toBe(key);
	});

	it('re-render “Who said what” for any quotation or shown name, not for a body or alias', () => {
		const shown = [
			{ id: 'ana', data: { name: 'Ana', role: 'Minister', aliases: ['A.'] } },
			{ id: 'ben', data: { name: 'Ben', role: 'Mayor', aliases: [] } },
		];
		const quoted = article('c', 'c body', [{ speaker: 'ben', text: 'Hello' }]);
		const key = quotesPageKey(shown, [a, b, quoted]);
		// Any quotation of anyone, and any article's listed data (its label and date).
		expect(
			quotesPageKey(shown, [a, b, article('c', 'c body', [{ speaker: 'ben', text: 'Bye' }])]),
		).not.toBe(key);
		const retitled = { ...b, data: { headline: { text: 'New headline' }, story: 's' } };
		expect(quotesPageKey(shown, [a, retitled, quoted])).not.toBe(key);
		// Each speaker's name and role, and the speakers' order.
		const renamed = [shown[0]!, { ...shown[1]!, data: { ...shown[1]!.data, role: 'Governor' } }];
		expect(quotesPageKey(renamed, [a, b, quoted])).not.toBe(key);
		expect(quotesPageKey(shown.toReversed(), [a, b, quoted])).not.toBe(key);
		// Not an alias (what it changes is who said a quotation, keyed above), not a body alone,
		// and not the order the collection lists articles in.
		const realiased = [{ ...shown[0]!, data: { ...shown[0]!.data, aliases: [] } }, shown[1]!];
		expect(quotesPageKey(realiased, [a, b, quoted])).toBe(key);
		const edited = { ...quoted, rendered: { ...quoted.rendered!, html: '<p>c body, corrected</p>' } };
		expect(quotesPageKey(shown, [a, b, edited])).toBe(key);
		expect(quotesPageKey(shown, [quoted, b, a])).toBe(key);
	});

	it('key a preview card by what it draws of its data', () => {
		const card = { kind: 'Claim', title: 'T', lines: ['x'] };
		expect(ogCardKey(card)).toBe(ogCardKey({ ...card }));
		expect(ogCardKey({ ...card, lines: ['y'] })).not.toBe(ogCardKey(card));
		expect(ogCardKey({ ...card, title: 'U' })).not.toBe(ogCardKey(card));
		// With figures the card has room for two lines: a third is not drawn.
		const stats = [{ value: 2, label: 'agree' }];
		const figured = { ...card, stats, lines: ['a', 'b', 'c'] };
		expect(ogCardKey({ ...figured, lines: ['a', 'b', 'changed'] })).toBe(ogCardKey(figured));
		expect(ogCardKey({ ...figured, lines: ['a', 'changed', 'c'] })).not.toBe(ogCardKey(figured));
		expect(ogCardKey({ ...figured, stats: [{ value: 3, label: 'agree' }] })).not.toBe(
			ogCardKey(figured),
		);
	});
});
