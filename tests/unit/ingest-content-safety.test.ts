import { describe, expect, it } from 'vitest';
import { readsAsArticleLine, sentenceStems } from '../../src/lib/ingest/content-safety.ts';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * The safety net: a line removed only for its place or shape (above the headline, past the text,
 * in a list under a teaser title, in a run of residue) stays, flagged, when it reads as the
 * article's own sentence or heading; a line the interface's words name still goes. Lines we
 * wrote, in the shapes that lost content on fresh sets before.
 */
const stems = sentenceStems(prose);
const stemsEs = sentenceStems(texto);

/** What ingestion did with each line of a page: removed (with why), flagged or kept. */
function outcome(lines: string[]): Map<string, string> {
	const result = ingestArticle(Buffer.from(lines.join('\n')), { story: 's', id: 'safety' });
	expect(result.problems).toEqual([]);
	const { removed, flagged } = result.frontmatter!.provenance;
	const fate = new Map<string, string>();
	for (const r of removed) fate.set(r.text.trim(), `removed: ${r.reason}`);
	for (const f of flagged) if (!fate.has(f.text.trim())) fate.set(f.text.trim(), 'flagged');
	return fate;
}

describe('what reads as the article’s own line', () => {
	it('is a sentence or a heading in the article’s words, in either language', () => {
		expect(readsAsArticleLine('Both sides left the room without a date.', stems)).toBe(true);
		expect(readsAsArticleLine('What the delegations agreed on arms trafficking', stems)).toBe(true);
		expect(readsAsArticleLine('Las delegaciones no fijaron una fecha.', stemsEs)).toBe(true);
		expect(readsAsArticleLine('With files from the wire services', stems)).toBe(true);
	});

	it('is not a label, another story’s headline, a repeat or a line the interface names', () => {
		expect(readsAsArticleLine('Storm closes Pacific ports for a week', stems)).toBe(false);
		expect(readsAsArticleLine('World | Americas | Mexico talks', stems)).toBe(false);
		expect(readsAsArticleLine('Subscribe to our newsletter for the latest updates.', stems)).toBe(
			false,
		);
		expect(readsAsArticleLine('Updated on Tuesday, March 3, 2026.', stems)).toBe(false);
		expect(readsAsArticleLine('Both sides left the room without a date.', stems, true)).toBe(false);
		expect(readsAsArticleLine('Chile y Perú piden calma entre México y EE.UU.', stemsEs)).toBe(
			false,
		);
	});
});

describe('a line removed by its place or shape alone', () => {
	it('keeps a closing line in the article’s words listed under a teaser title, flagged', () => {
		const closing = 'The delegations will meet again in March';
		const fate = decide([...prose, 'Related', closing, 'Share']);
		expect(fate[closing]).toMatch(/^flag/);
	});

	it('keeps a heading of the article in a run of residue past the text, flagged', () => {
		const heading = 'What the delegations said about extraditions';
		const fate = decide([...prose, 'Share', 'Advertisement', heading, 'Most read']);
		expect(fate[heading]).toMatch(/^flag: .*kept, as it reads as the article's/);
	});

	it('keeps a deck above the text that the header would drop as a short line, flagged', () => {
		// Two headline-like lines above it take the headline and the dek; the third, the
		// article's own summary without a stop, went as "a short line above the text".
		const deck = 'Arms trafficking talks go on in March';
		const fate = outcome([
			'Mexico and US set new date for talks',
			'The two delegations agree to meet again after six hours',
			'Opinion',
			deck,
			...prose,
		]);
		expect(fate.get(deck)).toBe('flagged');
		expect(fate.get('Opinion')).toMatch(/^removed: short line above the text/);
	});

	it('keeps a short subhead that a box between paragraphs took for its last teaser, flagged', () => {
		// A subhead alludes ("A warning to Washington") rather than naming the text's subject, so
		// it neither shares the text's words nor runs as long as a heading that does; it is told
		// from the box's teasers by standing right above the next paragraph, in few words.
		for (const [text, title, teasers, subhead] of [
			[prose, 'Related', ['Storm closes Pacific ports for a week'], 'A warning to Washington'],
			[
				texto,
				'Noticias relacionadas',
				['Cae el peso frente al dólar por tercer día', 'Suben los precios del maíz en el norte'],
				'Un aviso a Washington',
			],
		] as const) {
			const lines = [...text.slice(0, 2), title, ...teasers, subhead, ...text.slice(2)];
			const fate = outcome(lines);
			expect(fate.get(subhead), subhead).toBe('flagged');
			for (const teaser of teasers) expect(fate.get(teaser), teaser).toMatch(/^removed/);
		}
	});

	it('still removes a box’s last teaser above the next paragraph: a headline runs longer', () => {
		const teaser = 'Senate committee sets a vote on the border mission for Friday';
		const fate = outcome([...prose.slice(0, 2), 'Related', teaser, ...prose.slice(2)]);
		expect(fate.get(teaser)).toMatch(/^removed: related-story teaser/);
	});

	it('still removes ordinary residue: other stories’ headlines, labels, widgets', () => {
		const teasers = ['Storm closes Pacific ports for a week', 'Peso slips as oil prices fall'];
		const fate = outcome([...prose, 'Related', ...teasers, 'Share', 'Most read', 'Advertisement']);
		for (const line of [...teasers, 'Related', 'Share', 'Most read', 'Advertisement'])
			expect(fate.get(line)).toMatch(/^removed/);
		for (const line of prose) expect(fate.get(line)).toBeUndefined();
	});

	it('still removes a sentence the interface’s own words name', () => {
		const notice = 'Sign up for our newsletter to get the latest updates in your inbox.';
		expect(outcome([...prose, notice]).get(notice)).toMatch(/^removed/);
	});
});

describe('a comment box’s closed notice', () => {
	it('goes as the notice alone, and stays inside a sentence of the text', () => {
		const sentence =
			'Los comentarios están cerrados en la cuenta del senador desde que publicó el video.';
		const english = 'Comments are closed on the senator’s account since he posted the video.';
		const notice = 'Los comentarios están cerrados.';
		const fate = outcome([...texto, sentence, english, notice, texto[0]!.replace('dos', 'tres')]);
		expect(fate.get(sentence) ?? 'kept').not.toMatch(/^removed/);
		expect(fate.get(english) ?? 'kept').not.toMatch(/^removed/);
		expect(fate.get(notice)).toMatch(/^removed: comment/);
		const closed = 'Comments are closed.';
		expect(outcome([...prose, closed, prose[0]!.replace('two', 'three')]).get(closed)).toMatch(
			/^removed: comment/,
		);
	});
});
