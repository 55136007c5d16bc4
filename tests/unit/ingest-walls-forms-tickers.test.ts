import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * Residue of ordinary dailies in ten countries (ingest-11-tuning's causes): a paywall's cut in
 * the imperative and its badge, a comment box's log-in prompt and its closed notice, a sign-up
 * form's two messages, a reactions box, inline and listed teasers, a search engine's button, a
 * member appeal, a bar of exchange rates above the text. Lines we wrote.
 */

/** The lines of `residue`, set between the first sentence and the rest, that are removed. */
const removedAmong = (text: string[], residue: string[]) => {
	const decided = decide([text[0]!, ...residue, ...text.slice(1)]);
	return residue.filter((line) => decided[line]?.startsWith('remove'));
};

describe('a paywall and a comment box', () => {
	it("removes the wall's cut in the imperative, its log-in link and its badge", () => {
		const wall = [
			'Premium content',
			'Keep reading with a subscription from 30 rupees a week.',
			'Already subscribed? Sign in',
		];
		expect(removedAmong(prose, wall)).toEqual(wall);
		const muro = [
			'Contenido premium',
			'Sigue leyendo con tu suscripción desde 40 bolivianos al mes.',
			'¿Ya es suscriptor? Ingrese',
		];
		expect(removedAmong(texto, muro)).toEqual(muro);
	});

	it('removes the log-in prompt to comment and the notice that comments are off', () => {
		const box = ['Sign in to join the conversation.', 'Comments are disabled for this story.'];
		expect(removedAmong(prose, box)).toEqual(box);
		const caja = [
			'Inicia sesión para dejar tu comentario.',
			'Los comentarios están deshabilitados para esta noticia.',
		];
		expect(removedAmong(texto, caja)).toEqual(caja);
	});

	it('keeps sentences that only open like those prompts', () => {
		const news = [
			'Comments are disabled on the senator’s account since Monday, his office said.',
			'Continue reading the report and the troop numbers tell another story.',
		];
		expect(removedAmong(prose, news)).toEqual([]);
	});
});

describe('a sign-up form and a reactions box', () => {
	it("removes both of the form's messages, though each reads as a sentence", () => {
		const messages = [
			"You're all signed up. Thanks!",
			'Oops, something went wrong. Please try again.',
		];
		expect(removedAmong(prose, messages)).toEqual(messages);
		const mensajes = ['¡Listo! Ya estás suscrito.', 'Algo salió mal. Inténtalo de nuevo.'];
		expect(removedAmong(texto, mensajes)).toEqual(mensajes);
	});

	it('keeps a sentence of the text about something that went wrong', () => {
		const line = 'Something went wrong with the voter registration, the auditors said.';
		expect(removedAmong(prose, [line])).toEqual([]);
	});

	it("removes a reactions box past the text: its question and its answers' shares", () => {
		const box = ['How did this story make you feel?', 'Sad 40%', 'Hopeful 60%'];
		const decided = decide([...prose, ...box, '© 2026 The Harbour Post']);
		expect(box.filter((l) => decided[l]?.startsWith('remove'))).toEqual(box);
		const caja = ['¿Qué te pareció esta nota?', 'Feliz 10 %', 'Triste 90 %'];
		const decidido = decide([...texto, ...caja, '© 2026 Diario del Puerto']);
		expect(caja.filter((l) => decidido[l]?.startsWith('remove'))).toEqual(caja);
	});
});

describe('teasers, buttons and appeals', () => {
	it('removes an inline teaser and a list under "Up next"', () => {
		const inline = ['Read: Port workers end their strike after two weeks'];
		expect(removedAmong(prose, inline)).toEqual(inline);
		const enLinea = ['Lea más: Reabren el puente internacional tras las obras'];
		expect(removedAmong(texto, enLinea)).toEqual(enLinea);
		const decided = decide([...prose, 'Up next', 'Harbour pilots vote on new rosters']);
		expect(decided['Harbour pilots vote on new rosters']).toMatch(/^remove: related-story teaser/);
	});

	it("removes a search engine's preferred-source button and an app's download link", () => {
		const buttons = ['Make us your preferred source on Google', 'Download the free app'];
		expect(removedAmong(prose, buttons)).toEqual(buttons);
		expect(removedAmong(texto, ['Agréganos como fuente preferida en Google'])).toHaveLength(1);
	});

	it('flags a member appeal that speaks of the outlet and of who pays for it', () => {
		const appeal = 'Este diario se sostiene gracias a quienes lo apoyan cada mes.';
		const decided = decide([texto[0]!, texto[1]!, appeal, 'Apóyanos', texto[2]!]);
		expect(decided[appeal]).toMatch(/^flag: the outlet promoting itself/);
	});

	it('flags a newsletter heading that reads as a sentence', () => {
		const heading = 'Stay on top of the harbour news.';
		const decided = decide([...prose, heading, 'Subscribe to our newsletter']);
		expect(decided[heading]).toMatch(/^flag: newsletter or follow prompt\?/);
	});
});

describe('a bar of exchange rates', () => {
	const rates = 'Tipo de cambio: Compra $6,86 | Venta $7,10 | Euro €1,08';

	it('is removed above the text, and the headline below the menu is found', () => {
		const page = [
			rates,
			'Portada',
			'Nacional',
			'Mundo',
			'Deportes',
			'Reabren el puente internacional tras seis meses de obras',
			...texto,
		];
		const result = ingestArticle(Buffer.from(page.join('\n')), { story: 's', id: 'rates' });
		const removed = result.frontmatter!.provenance.removed.find((r) => r.line === 1);
		expect(removed?.reason).toBe('a ticker of prices or rates above the text');
		expect(result.frontmatter!.headline.text).toBe(
			'Reabren el puente internacional tras seis meses de obras',
		);
	});

	it('stays when it stands in the text, a row of figures the article sets apart', () => {
		const row = 'Precio de la gasolina: $23,50 | Precio del diésel: $25,80';
		const decided = decide([texto[0]!, row, ...texto.slice(1)]);
		expect(decided[row] ?? 'kept').not.toMatch(/^remove/);
	});
});
