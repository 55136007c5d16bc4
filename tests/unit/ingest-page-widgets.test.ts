import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../src/lib/ingest/author-bio.ts';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { prose, decide } from '../support/ingest-lines.ts';

/**
 * The widgets of kinds of page the first sets held few of (a TV station's video player, a
 * podcast's show notes, a photo gallery, a newsletter's web view, a live blog), each in lines
 * we wrote for the test.
 */
const removedAs = (lines: string[], reason: string) =>
	Object.fromEntries(lines.map((l) => [l, `remove: ${reason}`]));

describe('classifyLines on players, galleries and show notes', () => {
	it('removes a web video player’s labels and its dialog’s text', () => {
		const player = [
			'Video player is loading.',
			'Unmute',
			'Current Time 0:00',
			'Duration 3:12',
			'Loaded: 12.5%',
			'Stream Type LIVE',
			'Remaining Time -3:12',
			'Picture-in-Picture',
			'This is a modal window.',
			'Beginning of dialog window. Escape will cancel and close the window.',
		];
		expect(decide([prose[0]!, ...player, ...prose.slice(1)])).toEqual(
			removedAs(player, 'video or audio player'),
		);
	});

	it('removes an audio player’s Spanish buttons and a running time alone', () => {
		const player = ['Pausar', 'Adelantar 30 segundos', 'Velocidad de reproducción', '58 min'];
		expect(decide([prose[0]!, ...player, ...prose.slice(1)])).toEqual(
			removedAs(player, 'video or audio player'),
		);
	});

	it('removes a transcript box but keeps a sentence about a transcript', () => {
		const notice = [
			'Ver transcripción completa',
			'Transcripts are generated automatically and may contain errors.',
		];
		const news = 'Transcripts of the call show the two leaders disagreed on the timing.';
		const decided = decide([prose[0]!, ...notice, news, ...prose.slice(1)]);
		expect(decided).toEqual(removedAs(notice, 'transcript notice'));
	});

	it('removes a gallery’s counter and buttons, and a video title with its credit', () => {
		const gallery = ['Photo 3 of 9', 'Ver galería', 'Next image', 'Foto anterior'];
		const credit = 'Crossing reopens after two-day closure (Source: Channel 9)';
		expect(decide([prose[0]!, ...gallery, credit, ...prose.slice(1)])).toEqual({
			...removedAs(gallery, 'photo controls'),
			[credit]: 'remove: video or photo caption',
		});
	});

	it('removes the comment form’s notice, a typo report and a swipe-to-read fold', () => {
		const decided = decide([
			prose[0]!,
			'Desliza para seguir leyendo',
			...prose.slice(1),
			'Spotted a typo? Tell the desk.',
			'Your email address will not be published. Required fields are marked *',
		]);
		expect(decided).toEqual({
			'Desliza para seguir leyendo': 'remove: pagination prompt',
			'Spotted a typo? Tell the desk.': 'remove: contact prompt',
			'Your email address will not be published. Required fields are marked *':
				'remove: comment prompt',
		});
	});

	it('removes the headlines under "Read More" and "Episodios anteriores"', () => {
		const decided = decide([
			...prose,
			'Read More',
			'Why the Border Talks Keep Stalling',
			'Episodios anteriores',
			'Episodio 12: La frontera y el peso',
		]);
		expect(decided['Why the Border Talks Keep Stalling']).toMatch(/listed under "Read More"/);
		expect(decided['Episodio 12: La frontera y el peso']).toMatch(
			/listed under "Episodios anteriores"/,
		);
	});

	it('removes a print-edition note, a link to the author’s stories and an offer in pesos', () => {
		const decided = decide([
			...prose,
			'A version of this article appears in print on March 3, 2026, Section A, Page 8.',
			'More by Lucía Ferrán',
			'Todo nuestro archivo, desde 99 pesos al mes.',
			'El salario mínimo equivale a unos 8,400 pesos al mes, según el instituto.',
		]);
		expect(decided).toMatchObject({
			'A version of this article appears in print on March 3, 2026, Section A, Page 8.':
				'remove: publication note',
			'More by Lucía Ferrán': 'remove: author box',
			'Todo nuestro archivo, desde 99 pesos al mes.': 'remove: price line',
		});
		expect(
			decided['El salario mínimo equivale a unos 8,400 pesos al mes, según el instituto.'],
		).toBeUndefined();
	});

	it('removes a consent banner that names partners, and a newsletter’s web-view link', () => {
		const decided = decide([
			'View this email in your browser',
			'We value your privacy',
			'We and our partners use cookies and similar technologies to measure our audience.',
			...prose,
		]);
		expect(decided).toEqual({
			'View this email in your browser': 'remove: newsletter or follow prompt',
			'We value your privacy': 'remove: copyright or legal line',
			'We and our partners use cookies and similar technologies to measure our audience.':
				'remove: copyright or legal line',
		});
	});

	it('opens the body at a flagged sentence, so the labels after it are judged by their run', () => {
		const banner = `We use cookies to improve the site. ${'You can change your settings at any time in the footer of any page. '.repeat(2)}`;
		const decided = decide([
			banner.trim(),
			'Accept all',
			'Open menu',
			'Close menu',
			'Search',
			...prose,
		]);
		expect(decided['Open menu']).toBe('remove: a short label in a run of residue lines');
		expect(decided['Close menu']).toBe('remove: a short label in a run of residue lines');
	});
});

describe('the author’s bio', () => {
	it('takes the names a byline gives, not a desk’s', () => {
		expect(
			bylineNames([
				'By Lucía Ferrán and Tom Hale',
				'Por Redacción',
				'Por María de la Paz',
				'By The Associated Press',
			]),
		).toEqual(['Lucía Ferrán', 'Tom Hale', 'María de la Paz']);
	});

	it('removes a line opening with the byline’s name and "is", keeps one about someone else', () => {
		const bio =
			'Lucía Ferrán is a reporter based in Monterrey. She has covered the border since 2019.';
		const other = 'Tomás Ferrán is a rancher near the river who says the convoys pass at night.';
		const decided = decide(['By Lucía Ferrán', ...prose, other, bio]);
		expect(decided[bio]).toBe(
			"remove: the author's bio (opens with Lucía Ferrán, named in the byline)",
		);
		expect(decided[other]).toBeUndefined();
	});

	it('reads a Spanish bio, and keeps a sentence of the text that opens with the author’s name', () => {
		const bio = 'María de la Paz es periodista y cubre seguridad desde Culiacán.';
		const text = 'María de la Paz fue testigo del operativo, que duró casi tres horas.';
		const decided = decide(['Por María de la Paz', ...prose, text, bio]);
		expect(decided[bio]).toMatch(/^remove: the author's bio/);
		expect(decided[text]).toBeUndefined();
	});
});

describe('ingestArticle on a newsletter and a live blog', () => {
	const ingest = (lines: string[]) =>
		ingestArticle(Buffer.from(lines.join('\n')), { story: 's', id: 'fixture' });
	const removedLines = (lines: string[]) =>
		ingest(lines).frontmatter!.provenance.removed.map((r) => r.text);

	it('keeps a newsletter’s section heads in capitals, and still removes a shouted teaser', () => {
		const lines = [
			prose[0]!,
			'THE LONG VIEW',
			prose[1]!,
			'SENATORS FEUD OVER SECRET CARTEL FLIGHTS: SEE THE FILES',
			prose[2]!,
		];
		const result = ingest(lines);
		expect(result.markdown).toContain('## THE LONG VIEW');
		expect(removedLines(lines)).toEqual([
			'SENATORS FEUD OVER SECRET CARTEL FLIGHTS: SEE THE FILES',
		]);
	});

	it('keeps the head of a live blog’s first entry, set after its time', () => {
		const lines = [
			'Border Talks, Live: Delegations Meet in Washington',
			'Key moments',
			'18:05',
			'How the day ended',
			prose[0]!,
			'16:30',
			prose[1]!,
			'11:00',
			prose[2]!,
		];
		const result = ingest(lines);
		expect(removedLines(lines)).not.toContain('How the day ended');
		expect(result.markdown).toContain('How the day ended');
	});
});
