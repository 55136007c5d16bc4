import { describe, expect, it } from 'vitest';
import { bioUnderHeading } from '../../src/lib/ingest/author-bio.ts';
import { functionWordShare } from '../../src/lib/ingest/function-words.ts';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { endsWithAbbreviation } from '../../src/lib/ingest/line-shapes.ts';
import { isSentence } from '../../src/lib/ingest/sentences.ts';
import { isDateStamp } from '../../src/lib/ingest/shape-reasons.ts';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * Residue issue 16's sixth set left in the body or sent to the editor, and the content it
 * flagged for nothing: a photo agency's data box, an app's save and file buttons, a commentary's
 * citation button and notes heading, a contact line, a bio under "About the author", a print
 * page's running head, teasers in a run past the text, a sentence broken over a print page's
 * lines, a menu under the masthead. Lines we wrote.
 */
const headline = 'Border talks end with a promise to meet again in March';

/** The ingested article's removed and flagged lines, by text. */
function ingest(lines: string[]) {
	const result = ingestArticle(Buffer.from(lines.join('\n')), { story: 's', id: 'fixture' });
	const provenance = result.frontmatter!.provenance;
	return {
		result,
		removed: provenance.removed.map((r) => r.text),
		flagged: provenance.flagged.map((r) => r.text),
	};
}

describe("a page's buttons and boxes, named by their words", () => {
	it('removes save, file, share, download and citation buttons and keeps sentences that use the words', () => {
		const buttons = [
			'Save for later',
			'Read later',
			'Add to watchlist',
			'Añadir a favoritos',
			'Enviar por WhatsApp',
			'Download PDF',
			'Descargar audio',
			'Cite this',
			'Cómo citar este artículo',
		];
		const text = [
			'Add to that the cost of the new bridge, and the budget doubles.',
			'Officials said they would save the report for later and download it after the vote.',
		];
		const decided = decide([prose[0]!, ...buttons, ...text, ...prose.slice(1)]);
		expect(Object.keys(decided)).toEqual(buttons);
		for (const line of buttons) expect(decided[line]).toMatch(/^remove/);
	});

	it("removes a photo's data box: its title, licence terms, credit, labelled date and a size between them", () => {
		const box = [
			'Photo details',
			'Editorial use only. No commercial use.',
			'Credit: Ana Ruiz/Border Photo',
			'Date created: March 3, 2026',
			'Size: 4000 x 3000 px',
			'Download comp',
		];
		const caption = 'Photo: the two delegations at the start of the talks on Thursday.';
		const decided = decide([prose[0]!, ...box, prose[1]!, caption, prose[2]!]);
		expect(Object.keys(decided).sort()).toEqual([...box].sort());
		for (const line of box) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a notes heading, a continue-reading mark, a click-here link and contact lines', () => {
		const residue = [
			'Story continues',
			'Notes',
			'Click here to subscribe to the print edition',
			'Got a news tip? Call the newsroom at (555) 010-0199',
			'Contact media@example.org for interviews.',
		];
		const text = 'Call it what you will, the talks went nowhere, one official said.';
		const decided = decide([prose[0]!, ...residue, text, ...prose.slice(1)]);
		expect(Object.keys(decided)).toEqual(residue);
		for (const line of residue) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a link to a live channel and a government programme’s legal notice', () => {
		const residue = [
			'Ver TV en vivo',
			'Watch TV live',
			'Este programa es público, ajeno a cualquier partido político.',
		];
		const text = 'El programa de vivienda llegó a tres estados, dijo el gobierno.';
		const decided = decide([texto[0]!, ...residue, text, ...texto.slice(1)]);
		expect(Object.keys(decided)).toEqual(residue);
		for (const line of residue) expect(decided[line]).toMatch(/^remove/);
	});

	it('removes a follower count whatever its case', () => {
		expect(decide([...prose, '3.1K Followers', ...texto])).toEqual({
			'3.1K Followers': 'remove: follower count',
		});
	});
});

describe('dates and heads', () => {
	it('reads a labelled date and an abbreviated week day as a time stamp', () => {
		expect(isDateStamp('Date created: March 3, 2026')).toBe(true);
		expect(isDateStamp('Fecha de creación: 03/03/2026')).toBe(true);
		expect(isDateStamp('Tue, March 3, 2026 at 9:15 AM UTC')).toBe(true);
		expect(isDateStamp('Date of the talks: March 3')).toBe(false);
	});

	it("removes a print page's running head, its number, title and date between bars", () => {
		const head = '12 | EL DIARIO DEL SUR | Martes 3 de marzo de 2026';
		expect(decide([head, headline, ...texto])).toEqual({
			[head]: 'remove: section, tag or navigation line',
		});
	});

	it('takes a headline ending in an abbreviation, and the section above it goes to the header', () => {
		expect(endsWithAbbreviation('Nuevas sanciones de EE.UU.')).toBe(true);
		expect(endsWithAbbreviation('Las tropas se quedan en casa.')).toBe(false);
		const { result } = ingest(['NACIONAL', 'México rechaza las tropas de EE.UU.', ...texto]);
		expect(result.frontmatter!.headline).toEqual({
			text: 'México rechaza las tropas de EE.UU.',
			source: 'article',
		});
		expect(result.markdown.split('\n---\n').at(-1)).not.toContain('NACIONAL');
	});

	it('keeps a short first paragraph ending in an abbreviation in the body, under a headline or not', () => {
		const short = 'El Senado aprobó el acuerdo con EE.UU.';
		for (const lines of [
			[headline, short, ...texto],
			[short, ...texto],
		]) {
			const { result, removed } = ingest(lines);
			expect(removed).not.toContain(short);
			expect(result.markdown.split('\n---\n').at(-1)).toContain(short);
		}
	});

	it('removes a menu of labels under the masthead when a headline follows, "U.S." among them', () => {
		const menu = ['U.S.', 'World', 'Obituaries', 'Classifieds'];
		const masthead = 'Serving the valley since 1962';
		const decided = decide([masthead, ...menu, headline, ...prose]);
		expect(Object.keys(decided)).toEqual(menu);
		for (const line of menu) expect(decided[line]).toMatch(/^remove: a menu/);
	});

	it('leaves labels under a headline and above the text (a byline set apart) to the header', () => {
		const labels = ['Ana Ruiz', 'Staff Writer', 'Monterrey'];
		expect(decide(['Serving the valley since 1962', headline, ...labels, ...prose])).toEqual({});
	});
});

describe("an author's bio under the author box's heading", () => {
	it('goes, though the byline named the author with a title', () => {
		const bio = 'Ana Ruiz is a senior fellow with the Border Program, where she studies trade.';
		const decided = decide(['Ana Ruiz, Senior Fellow', ...prose, 'About the author', bio]);
		expect(decided[bio]).toBe(
			"remove: the author's bio (opens with Ana Ruiz, under the author box's heading)",
		);
		expect(bioUnderHeading('The talks were a success, Ana Ruiz said.')).toBeUndefined();
	});

	it('stays when no author box stands above it', () => {
		const line = 'Ana Ruiz is a senior fellow who met both delegations in March.';
		expect(decide(['Ana Ruiz, Senior Fellow', ...prose, line, ...prose])).toEqual({});
	});
});

describe("an author's bio the byline names", () => {
	it('goes when the byline gives the post after a comma ("Ana Ruiz, Staff writer")', () => {
		const bio = 'Ana Ruiz covers the border for the paper. Tips? Write to her.';
		const decided = decide(['Ana Ruiz, Staff writer', ...prose, bio]);
		expect(decided[bio]).toBe("remove: the author's bio (opens with Ana Ruiz, named in the byline)");
	});

	it("goes when an agency's bio names the author by surname, but a sign-off by surname stays", () => {
		const bio = 'Ruiz-Salas covers Mexico for the agency, based in Monterrey.';
		const signOff = 'Hale reported from Washington.';
		const namesake = 'Hale is a former envoy who took part in the 2019 talks, officials said.';
		const decided = decide(['By ANA RUIZ-SALAS and TOM HALE', ...prose, namesake, signOff, bio]);
		expect(decided[bio]).toBe(
			"remove: the author's bio (opens with RUIZ-SALAS, named in the byline)",
		);
		expect(decided[signOff]).toBeUndefined();
		expect(decided[namesake]).toBeUndefined();
	});
});

describe('a teaser the page addresses to the reader as "usted"', () => {
	it('goes like its "tú" form, inline or as a list title, and an article sentence stays', () => {
		const inline = 'Le puede interesar: Chile revisa su acuerdo de extradición con Perú';
		const title = 'Le recomendamos';
		const teaser = 'Perú y Bolivia firman un acuerdo fronterizo';
		const sentence = 'Le puede interesar a la Cancillería saber que el acuerdo sigue vigente.';
		const decided = decide([...texto.slice(0, 2), inline, sentence, texto[2]!, title, teaser]);
		expect(decided[inline]).toBe('remove: related-story teaser');
		expect(decided[title]).toBe('remove: related-story teaser');
		expect(decided[teaser]).toBe('remove: related-story teaser (listed under "Le recomendamos")');
		expect(decided[sentence]).toBeUndefined();
	});
});

describe('residue in runs past the text', () => {
	it('removes a line or a few between residue lines, and only flags one about the article', () => {
		const run = ['Storm closes Pacific ports for a week', 'Peso slips as oil prices fall'];
		const decided = decide([...prose, 'Share', run[0]!, run[1]!, 'Advertisement']);
		for (const line of run)
			expect(decided[line]).toMatch(/^remove: after the article's last sentence/);
		// Its place is weak evidence: a heading in the article's own words may be the text's.
		const own = ['Delegations meet again in March', 'Talks and delegations: what we know'];
		const kept = decide([...prose, 'Share', own[0]!, own[1]!, 'Advertisement']);
		for (const line of own)
			expect(kept[line]).toMatch(/^flag: .*kept, as it reads as the article's/);
	});

	it('only flags a question listed under a teaser title, residue after it or not', () => {
		// A teaser's headline or the article's closing question: they read alike.
		const question = 'Will the delegations meet again in March?';
		const decided = decide([...prose, 'More from The Border Review', question, 'Share']);
		expect(decided[question]).toMatch(/^flag: a question after "More from The Border Review"/);
	});

	it('only flags a line that closes like a sentence there, and a line with no residue below', () => {
		const closes = 'Delegations, talks, March.';
		const last = 'Both delegations will meet again';
		const decided = decide([...prose, 'Share', closes, 'Advertisement', last]);
		expect(decided[closes]).toMatch(/^flag/);
		expect(decided[last]).toMatch(/^flag/);
	});
});

describe('content that needs no editor', () => {
	it('does not take a sentence broken over print lines for a headline', () => {
		const lines = [
			'La presidenta insistió en que su gobierno no acep-',
			'tará ninguna presencia militar extranjera en su terri-',
			'torio, pese a la presión de Washington.',
			'Para el excanciller Tomás Vial, la',
			'tensión obliga a la región a tomar posición.',
		];
		expect(decide([...texto, ...lines, ...texto])).toEqual({});
	});

	it('still flags another story’s headline over a stamp in lower case', () => {
		const teaser = 'Suben los precios del maíz en toda la región norte';
		const decided = decide([...texto, teaser, 'hace 2 horas', ...texto]);
		expect(decided[teaser]).toMatch(/^flag: reads like a headline of another story/);
	});

	it('reads a sentence with a footnote mark after its end as a sentence', () => {
		expect(isSentence('Second, the plan is popular: polls show large majorities back it.[3]')).toBe(
			true,
		);
		expect(isSentence('Large majorities back it.¹²')).toBe(true);
		expect(isSentence('Second Reading [3]')).toBe(false);
	});

	it('does not doubt a short question as a subhead by a share of one word', () => {
		const { flagged } = ingest([
			headline,
			...prose,
			'¿Y Canadá?',
			...prose.map((p) => `${p} Again.`),
		]);
		expect(flagged).not.toContain('¿Y Canadá?');
	});

	it('counts both, either and neither as function words, so "Yes, both." is a sentence', () => {
		expect(functionWordShare('Yes, both.', 'en')).toBe(0.5);
		expect(functionWordShare('Ambos, claro.', 'es')).toBe(0.5);
		expect(decide([...prose, 'Yes, both.', 'More from this event', 'Share'])).not.toHaveProperty(
			'Yes, both.',
		);
	});

	it('does not flag a word left open by a comma between lines of a sentence', () => {
		const lines = [
			'They could include:',
			'drones,',
			'special forces raids,',
			'and missile strikes.',
		];
		expect(decide([...prose, ...lines, ...prose])).toEqual({});
	});
});
