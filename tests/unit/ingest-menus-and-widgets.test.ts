import { describe, expect, it } from 'vitest';
import { prose, decide } from '../support/ingest-lines.ts';

/**
 * Residue issue 16's fifth set left in the body: a site's or a reader app's menu pasted above
 * the headline, a machine translation's notice and buttons, a feedback box, a comment thread's
 * sorting menu and a forum's "13 hr. ago". Lines we wrote.
 */
const headline = 'Border talks end with a promise to meet again in March';

describe('residue around an article that no earlier set had', () => {
	it('removes a menu of short labels that opens the page, and keeps the headline under it', () => {
		const menu = ['Inbox', 'Saved items (12)', 'Local', 'Archive this'];
		const decided = decide([...menu, '', headline, ...prose]);
		expect(Object.keys(decided)).toEqual(menu);
		expect(decided[headline]).toBeUndefined();
	});

	it('leaves two labels above a headline (a section and a kicker) to the header', () => {
		expect(decide(['World', 'Analysis', headline, ...prose])).toEqual({});
	});

	it('removes a machine translation’s notice and buttons, and keeps a sentence about translation', () => {
		const widget = [
			'This story was translated from English by an automated tool. Translated by AI',
			'See original',
			'Report a translation problem',
			'Leer en español',
		];
		const text = 'The treaty was translated by hand over three weeks, the ministry said.';
		const decided = decide([prose[0]!, ...widget, text, ...prose.slice(1)]);
		expect(Object.keys(decided)).toEqual(widget);
	});

	it('removes a feedback box, a sort menu, a follower count and "3 hr. ago"', () => {
		const residue = [
			'Was this article helpful?',
			'¿Le resultó útil este artículo?',
			'Sort by:',
			'5.1K Followers',
			'3 hr. ago',
		];
		const decided = decide([prose[0]!, ...residue, ...prose.slice(1)]);
		expect(Object.keys(decided).sort()).toEqual([...residue].sort());
		for (const line of residue) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a feedback box’s answers, and a correction that says "Update" stays', () => {
		const box = ['Was this page useful?', 'Yes', 'No'];
		const update = 'Update: An earlier version of this story gave the wrong date for the meeting.';
		const decided = decide([...prose, update, ...box]);
		expect(Object.keys(decided)).toEqual(box);
		for (const line of box) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a forum poster’s "Edit:" note, a download link, a stamp’s label and an end mark', () => {
		const residue = [
			'Edit: typo in the title, sorry everyone.',
			'Informe anual (PDF, 2.3 MB)',
			'Fecha de publicación',
			'—o0o—',
			'-30-',
		];
		const decided = decide([prose[0]!, ...residue, ...prose.slice(1)]);
		expect(Object.keys(decided).sort()).toEqual([...residue].sort());
		for (const line of residue) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a link to a translation’s original and the stories under "Lea también"', () => {
		const residue = [
			'Read the original story in English: Talks end without a deal',
			'Lea también',
			'Suben los precios del maíz en la región',
		];
		const decided = decide([prose[0]!, prose[1]!, ...residue, prose[2]!]);
		expect(Object.keys(decided)).toEqual(residue);
		for (const line of residue) expect(decided[line]).toMatch(/^remove/);
	});
});
