import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../src/lib/ingest/author-bio.ts';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { prose, texto, decide } from '../support/ingest-lines.ts';

/**
 * The furniture of kinds of page ingest-4's second tuning half brought (a live blog's key-events
 * box, a print replica's jump lines, a wire's marks, an aggregator's cards, an opinion page's
 * disclaimer, a paywall's meter), each in lines we wrote for the test.
 */
const removedAs = (lines: string[], reason: string) =>
	Object.fromEntries(lines.map((l) => [l, `remove: ${reason}`]));
const ingest = (lines: string[]) =>
	ingestArticle(Buffer.from(lines.join('\n')), { story: 's', id: 'fixture' });

describe('a live blog’s furniture', () => {
	it('removes the key-events box, its switch, the pinned label and the load-more buttons', () => {
		const furniture = ['Show key events only', 'Key events', 'Pinned post', 'Load newer updates'];
		expect(decide([prose[0]!, ...furniture, ...prose.slice(1)])).toEqual(
			removedAs(furniture, 'live blog furniture'),
		);
	});

	it('removes a key event’s short time and head, and a page counter', () => {
		const decided = decide([
			prose[0]!,
			'35m ago Negotiators leave the building without a statement',
			'Page 2 of 4',
			...prose.slice(1),
		]);
		expect(decided).toEqual({
			'35m ago Negotiators leave the building without a statement': 'remove: time stamp',
			'Page 2 of 4': 'remove: page counter',
		});
	});

	it('removes the notice a page shows where its script would run, even as a sentence', () => {
		const notice = 'Please enable JavaScript in your browser to see the live updates.';
		expect(decide([prose[0]!, notice, ...prose.slice(1)])).toEqual({
			[notice]: 'remove: notice for a script the page runs',
		});
	});

	it('does not take a skip link for the headline, and keeps the first entry’s head', () => {
		const lines = [
			'Skip to the live updates',
			'Border talks, live: delegations meet for a second day in Washington',
			'Trafficking and extraditions are on the table; troops are not, both sides say',
			'10.05am BST',
			'Where things stand this morning',
			prose[0]!,
			'9.40am BST',
			prose[1]!,
			'9.02am BST',
			prose[2]!,
		];
		const result = ingest(lines);
		expect(result.frontmatter!.headline.text).toBe(
			'Border talks, live: delegations meet for a second day in Washington',
		);
		const body = result.markdown.slice(result.markdown.indexOf('\n---\n') + 5);
		expect(body).toContain('Where things stand this morning');
		expect(body).not.toContain('BST');
		expect(result.frontmatter!.provenance.removed.map((r) => r.text)).toContain(
			'Skip to the live updates',
		);
	});

	it('keeps a Spanish subhead that opens like a skip link', () => {
		expect(
			decide([texto[0]!, 'Saltar a la navegación', 'Saltar al vacío', ...texto.slice(1)]),
		).toEqual({
			'Saltar a la navegación': 'remove: navigation',
		});
	});
});

describe('a print replica’s and a wire’s furniture', () => {
	it('removes jump lines and the index of other pages, whose title opens a list', () => {
		const jumps = ['See TALKS on Page B3', 'Continued from B1', 'Continúa en la página 12'];
		const index = ['Inside today', 'Business D1', 'Letters A14-15'];
		const decided = decide([
			prose[0]!,
			jumps[0]!,
			...index,
			prose[1]!,
			...jumps.slice(1),
			prose[2]!,
		]);
		expect(decided).toEqual({
			...removedAs(jumps, 'jump line of a print page'),
			...removedAs(index, 'print page index'),
		});
	});

	it('removes a magazine’s note of the issue a piece ran in, and flags a read-aloud credit', () => {
		const issue = 'This story appeared in our March 2026 issue. Subscribe today.';
		const impresa = 'Este reportaje aparece en la edición impresa de diciembre.';
		const narrated = 'Narrated by a staff producer. Audio by the podcast team.';
		const kept = 'This story appeared to surprise officials in both capitals.';
		const decided = decide([
			'Listen to this story',
			narrated,
			issue,
			impresa,
			...prose,
			kept,
			prose[0]!,
		]);
		expect(decided[issue]).toBe('remove: publication note');
		expect(decided[impresa]).toBe('remove: publication note');
		expect(decided[narrated]).toBe('flag: video or audio player? It reads as a sentence');
		expect(decided[kept]).toBeUndefined();
	});

	it('removes an agency’s funding disclaimer, flags a standards badge, keeps the words in text', () => {
		const funding =
			'The wire receives support from a family foundation for its climate desk. The wire is solely responsible for all content.';
		const fondos = 'La agencia recibe apoyo de una fundación. Es la única responsable de todo el contenido.';
		const badge = 'Se adhiere a los criterios de transparencia de un consorcio de medios.';
		const text = 'The ministry adheres to the standards it set in 2019, officials said.';
		const decided = decide([...prose, text, prose[0]!, funding, fondos, badge]);
		expect(decided[funding]).toBe('remove: funding or standards notice');
		expect(decided[fondos]).toBe('remove: funding or standards notice');
		expect(decided[badge]).toBe('flag: funding or standards notice? It reads as a sentence');
		expect(decided[text]).toBeUndefined();
	});

	it('removes a wire’s marks and its desk’s initials with the agency’s letters first', () => {
		const decided = decide([prose[0]!, '(more)', prose[1]!, 'RTR/lop/kd', prose[2]!]);
		expect(decided).toEqual({
			'(more)': 'remove: wire mark',
			'RTR/lop/kd': "remove: editors' initials at the end of a wire story",
		});
	});

	it('removes a Spanish reuse notice, and keeps a sentence about a ban on publishing', () => {
		const notice =
			'Este contenido no puede ser reproducido ni difundido sin permiso de la agencia.';
		const news =
			'El juez resolvió que el video no puede ser publicado sin autorización de la fiscalía.';
		const decided = decide([texto[0]!, news, ...texto.slice(1), notice]);
		expect(decided).toEqual({ [notice]: 'remove: copyright or legal line' });
	});
});

describe('an opinion page, a paywall, an aggregator', () => {
	it('removes an opinion disclaimer in either language, and keeps views that are news', () => {
		const es = 'Las opiniones vertidas en este espacio son responsabilidad de quien las firma.';
		const en = 'The views expressed in this column are the author’s own.';
		const news = 'The views expressed by the author of the leaked memo alarmed the ministry.';
		const decided = decide([prose[0]!, news, ...prose.slice(1), en, es]);
		expect(decided).toEqual(removedAs([en, es], 'opinion disclaimer'));
	});

	it('removes the paywall meter’s count, in either language', () => {
		const meter = ['Le queda 1 nota gratuita este mes.', 'You have 3 free stories left this week.'];
		expect(decide([...texto, ...meter])).toEqual(
			removedAs(meter, 'paywall or subscription prompt'),
		);
	});

	it('removes a social handle, and a player’s speed button', () => {
		expect(decide([prose[0]!, 'Instagram: @la.frontera_mx', '1.5x', ...prose.slice(1)])).toEqual({
			'Instagram: @la.frontera_mx': 'remove: social media handle',
			'1.5x': 'remove: video or audio player',
		});
	});

	it('removes the list under "<kind> relacionados" and "Más de <Section>", not a count', () => {
		const decided = decide([
			...texto,
			'Videos relacionados',
			'Así se vive la espera en el cruce de Nogales',
			'Más de Política',
			'El Senado cita al canciller por tercera vez',
		]);
		expect(decided['Así se vive la espera en el cruce de Nogales']).toMatch(
			/listed under "Videos relacionados"/,
		);
		expect(decided['El Senado cita al canciller por tercera vez']).toMatch(
			/listed under "Más de Política"/,
		);
		const count = decide([
			texto[0]!,
			'Más de 300',
			'Camiones en fila en Nogales',
			...texto.slice(1),
		]);
		expect(Object.values(count).join(' ')).not.toMatch(/teaser/);
	});

	it('removes an aggregator’s link to the source, and the next card under it', () => {
		const decided = decide([
			...prose,
			'Continue reading at The Valley Courier',
			'Harbor Daily',
			'Trump insists "they will thank us" for the strikes',
		]);
		expect(decided).toEqual({
			'Continue reading at The Valley Courier': "remove: an aggregator's link to the full story",
			'Harbor Daily': expect.stringMatching(/listed under "Continue reading at/),
			'Trump insists "they will thank us" for the strikes': expect.stringMatching(
				/listed under "Continue reading at/,
			),
		});
	});
});

describe('the author’s bio, by other bylines', () => {
	it('takes a name alone beside the date as a byline, not a name elsewhere', () => {
		expect(
			bylineNames(['Rosa Elena Quintana', '3 de febrero de 2026', ...texto, 'Claudia Sheinbaum']),
		).toEqual(['Rosa Elena Quintana']);
	});

	it('removes a bio that opens with a byline set in capitals and goes on with "covers"', () => {
		const bio = 'Dana Whitfield covers immigration for the paper. Reach her at the newsroom desk.';
		const decided = decide(['BY DANA WHITFIELD', ...prose, bio]);
		expect(decided[bio]).toBe(
			"remove: the author's bio (opens with DANA WHITFIELD, named in the byline)",
		);
	});

	it('removes the author’s contact line', () => {
		const contact = 'You can reach him at the metro desk or on Signal.';
		expect(decide([...prose, contact])).toEqual({ [contact]: 'remove: contact prompt' });
	});
});
