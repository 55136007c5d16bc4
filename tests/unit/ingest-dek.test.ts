import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { ingestOutcome } from '../../src/lib/ingest/score-fixture-sets.ts';
import { dateWordShare } from '../../src/lib/ingest/shape-reasons.ts';
import { prose, texto } from '../support/ingest-lines.ts';

/**
 * The dek: the line under the headline that ingestion moves to the frontmatter, where the
 * article page shows it above the body. A sentence-like deck is the article's own words, so
 * the score counts it where it stands, in the article; a stamp or a video's title is not a
 * deck. Lines we wrote.
 */

const ingest = (lines: string[]) =>
	ingestArticle(Buffer.from(lines.join('\n')), { story: 's', id: 'fixture' });

describe('a line moved to the dek, as the score counts it', () => {
	it('stands in the article: not removed, so neither lost content nor removed residue', () => {
		const outcome = ingestOutcome({
			removed: [
				{ line: 1, reason: 'moved to the headline' },
				{ line: 2, reason: 'moved to the dek' },
				{ line: 3, reason: 'share widget' },
			],
			flagged: [{ line: 2 }],
		});
		expect([...outcome.removed]).toEqual([1, 3]);
		expect([...outcome.flagged]).toEqual([2]);
	});
});

describe('the dek', () => {
	it('is the sentence-like line right under the headline, kept whole and not flagged', () => {
		const deck =
			'The minister said talks with the neighbours would go on but that the border was "not for sale"';
		const result = ingest([
			'Minister closes the door to foreign patrols on the border',
			deck,
			...prose,
		]);
		expect(result.frontmatter!.dek).toBe(deck);
		expect(result.review.map((r) => r.text)).not.toContain(deck);
	});

	it('is never a stamp: an update line under the headline goes for review instead', () => {
		const stamp = 'Última actualización el 3 de marzo de 2026 - 18:05';
		const result = ingest([
			'El gobierno descarta patrullas extranjeras en la frontera',
			stamp,
			...texto,
		]);
		expect(result.frontmatter!.dek).toBeUndefined();
		expect(result.review.map((r) => r.text)).toContain(stamp);
	});

	it('taken below a byline and a player, may be a video title: kept, but for review', () => {
		const video = 'Minister says the border is not for sale';
		const result = ingest([
			'Minister closes the door to foreign patrols on the border',
			'By Ana Lindqvist',
			'Watch video',
			video,
			...prose,
		]);
		expect(result.frontmatter!.dek).toBe(video);
		expect(result.review.map((r) => r.text)).toContain(video);
	});
});

describe('dateWordShare', () => {
	it('is half or more for a stamp or a dateline, low for a sentence naming a day', () => {
		expect(dateWordShare('Updated March 3, 2026 6:05 PM ET')).toBe(1);
		expect(dateWordShare('Rivera, Tacuarembó / 3 de marzo de 2026')).toBeGreaterThanOrEqual(0.5);
		expect(dateWordShare('The minister spoke on March 3, 2026 about the patrols')).toBeLessThan(
			0.5,
		);
		expect(dateWordShare('Minister closes the door to patrols')).toBe(0);
	});
});

describe('a breadcrumb whose arrows point back', () => {
	it('is a section path, not a headline, so the thread title under it is', () => {
		const path = 'Foro ‹ Política ‹ América del Norte';
		const title = 'El gobierno descarta patrullas extranjeras en la frontera';
		const result = ingest([path, title, ...texto]);
		expect(result.frontmatter!.headline.text).toBe(title);
		expect(result.frontmatter!.provenance.removed).toContainEqual(
			expect.objectContaining({ text: path, reason: 'section, tag or navigation line' }),
		);
	});
});

describe('a market ticker above the headline', () => {
	it('is not taken for the headline: half its words are figures', () => {
		const title = 'El peso resiste mientras el gobierno descarta patrullas extranjeras';
		const result = ingest(['IBEX 35 11.204,60 +0,8%', title, ...texto]);
		expect(result.frontmatter!.headline.text).toBe(title);
	});
});

describe('a notice bar above the site’s menu', () => {
	it('is not the headline: the headline and the deck come after the menu', () => {
		const headline = 'Harbour pilots end strike after pay deal';
		const deck = 'The union tells members that the agreement must not be the last word on rosters';
		const result = ingest([
			'Water restrictions: level two from Monday',
			'Home',
			'Local',
			'World',
			'Weather',
			headline,
			deck,
			...prose,
		]);
		expect(result.frontmatter?.headline.text).toBe(headline);
		expect(result.frontmatter?.dek).toBe(deck);
		expect(result.frontmatter?.provenance.removed.map((r) => r.line)).toContain(1);
	});

	it('is not the headline when stacked over another bar above the menu', () => {
		// Two bars of pipes at the page's top ("Place | date" over "Ferry: 20 min | Bridge: 45
		// min") read as a two-row table and a headline; the headline is the line under the menu.
		const headline = 'Harbour pilots end strike after pay deal';
		const deck = 'The union tells members that the agreement must not be the last word on rosters';
		const bars = [
			'Portside, Friday 28 November 2026 | Weather 18°',
			'Ferry: 20 min | Bridge: 45 min',
		];
		const result = ingest([...bars, 'Home', 'Local', 'World', 'Weather', headline, deck, ...prose]);
		expect(result.frontmatter?.headline.text).toBe(headline);
		expect(result.frontmatter?.dek).toBe(deck);
		const removed = result.frontmatter!.provenance.removed.map((r) => r.line);
		expect(removed).toEqual(expect.arrayContaining([1, 2]));
	});

	it('leaves a sentence above the menu in the article, flagged, and still finds the headline', () => {
		const headline = 'Harbour pilots end strike after pay deal';
		const notice = 'The toolbar is hidden. Show it again?';
		const result = ingest([notice, 'Home', 'Local', 'World', 'Weather', headline, ...prose]);
		expect(result.frontmatter?.headline.text).toBe(headline);
		const flagged = result.frontmatter!.provenance.flagged.map((f) => f.text);
		expect(flagged).toContain(notice);
		expect(result.frontmatter!.provenance.removed.map((r) => r.text)).not.toContain(notice);
	});

	it('stays the headline when no other headline-like line follows the menu', () => {
		const headline = 'Harbour pilots end strike after pay deal';
		const result = ingest([headline, 'Home', 'Local', 'World', ...prose]);
		expect(result.frontmatter?.headline.text).toBe(headline);
	});
});

describe('a long line of running words above the text, past the dek', () => {
	it('is kept at the head of the body for review, while the byline beside it goes', () => {
		const second = 'Pilots tell reporters the deal must not become a bargain';
		const result = ingest([
			'Harbour pilots end strike after pay deal',
			'The union and the port agree on a raise and a review of night shifts next year',
			second,
			'By Ana Ruiz',
			...prose,
		]);
		const removed = result.frontmatter!.provenance.removed.map((r) => r.text);
		expect(removed).not.toContain(second);
		expect(removed).toContain('By Ana Ruiz');
		expect(result.markdown.indexOf(second)).toBeLessThan(result.markdown.indexOf(prose[0]!));
		expect(result.review.map((r) => r.text)).toContain(second);
	});
});
