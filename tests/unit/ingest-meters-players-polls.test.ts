import { describe, expect, it } from 'vitest';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * Residue of ordinary dailies and broadcasters that read as text or as a label: a paywall's
 * meter in full words, an ad slot's links, a broadcaster's player, a comment box's disclaimer,
 * a standards badge whose logo was lost, a newsletter's pitch, a reader poll. Lines we wrote.
 */

/** The lines of `residue`, set between the first sentence and the rest, that are removed. */
const removedAmong = (text: string[], residue: string[]) => {
	const decided = decide([text[0]!, ...residue, ...text.slice(1)]);
	return residue.filter((line) => decided[line]?.startsWith('remove'));
};

describe('the page around the text', () => {
	it('removes a paywall meter counted in full words', () => {
		const meters = ['You have read 2 of 3 free stories this month.'];
		expect(removedAmong(prose, meters)).toEqual(meters);
		const contadores = ['Has leído 3 de 5 notas gratuitas este mes.'];
		expect(removedAmong(texto, contadores)).toEqual(contadores);
	});

	it('removes the links an ad slot carries', () => {
		const links = ['Skip advertisement', 'Ad feedback', 'Advertise with The Harbour Post'];
		expect(removedAmong(prose, links)).toEqual(links);
		expect(removedAmong(texto, ['Anúnciate con nosotros'])).toEqual(['Anúnciate con nosotros']);
	});

	it('removes a broadcaster\'s "WATCH |" player and the clip title under it', () => {
		const player = [
			'WATCH | The harbour master on the strike:',
			'Pilots say the rosters put ships at risk',
			'3 hours ago',
			'Duration 2:10',
		];
		expect(removedAmong(prose, player)).toEqual(player);
	});

	it('removes a comment box\'s disclaimer, though it reads as a sentence', () => {
		const notes = ['Comments are the sole responsibility of their authors.'];
		expect(removedAmong(prose, notes)).toEqual(notes);
		const avisos = ['Los comentarios son responsabilidad exclusiva de quienes los escriben.'];
		expect(removedAmong(texto, avisos)).toEqual(avisos);
	});

	it('removes a standards badge cut short where its logo stood, and the share bar\'s title', () => {
		expect(removedAmong(texto, ['Según los principios de'])).toEqual(['Según los principios de']);
		expect(removedAmong(prose, ['Social Sharing', 'Newsletters'])).toEqual([
			'Social Sharing',
			'Newsletters',
		]);
	});

	it('flags a newsletter pitch that names its cadence, right under the text', () => {
		const pitch = 'Living overseas: catch the headlines that matter to you, every weekday morning.';
		const decided = decide([...prose, pitch, 'Enter your email', 'Sign up']);
		expect(decided[pitch]).toMatch(/^flag: the outlet promoting itself/);
	});
});

describe('a reader poll', () => {
	it('goes whole: title, question, answers and the vote button', () => {
		const poll = ['Encuesta', '¿Debe el puerto abrir de noche?', 'Sí', 'No', 'No sabe', 'Votar'];
		expect(removedAmong(texto, poll)).toEqual(poll);
		const english = ['Poll', 'Should the port open at night?', 'Yes', 'No', 'Vote'];
		expect(removedAmong(prose, english)).toEqual(english);
	});

	it('keeps a question the article asks, and short lines with no vote button under them', () => {
		const question = '¿Debe el puerto abrir de noche?';
		expect(removedAmong(texto, [question, 'Sí', 'No'])).toEqual([]);
		expect(decide([texto[0]!, question, ...texto.slice(1)])[question]).toBeUndefined();
	});
});
