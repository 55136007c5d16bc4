import { describe, expect, it } from 'vitest';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * A box a page lets keyboards skip: the skip link, the box's title it names on the next line,
 * and, when the box closes within a few lines, its links. Lines we wrote.
 */
describe('a box a skip link names', () => {
	it('removes the skip link and the title it repeats, and leaves the text under it', () => {
		const lines = [
			prose[0]!,
			'Jump past section Where talks stand',
			'Where talks stand',
			...prose.slice(1),
		];
		const decisions = decide(lines);
		expect(decisions['Jump past section Where talks stand']).toMatch(/^remove: a skip link/);
		expect(decisions['Where talks stand']).toMatch(/^remove: the title of a box/);
		for (const line of prose) expect(decisions[line]).toBeUndefined();
	});

	it('removes a closed box’s links, and only flags a sentence inside it', () => {
		const link = 'Qué cambia con el nuevo acuerdo de patrullas';
		const sentence = 'El acuerdo se firmó en marzo y entra en vigor el lunes próximo.';
		const decisions = decide([
			...texto.slice(0, 2),
			'Omitir el recuadro Lo que hay que saber',
			'Lo que hay que saber',
			link,
			sentence,
			'Fin del recuadro',
			texto[2]!,
		]);
		expect(decisions[link]).toMatch(/^remove: inside a box/);
		expect(decisions[sentence]).toMatch(/^flag: inside a box/);
		expect(decisions['Fin del recuadro']).toMatch(/^remove: the close of a box/);
		for (const line of texto) expect(decisions[line]).toBeUndefined();
	});

	it('leaves a line that only shares the name, and a box that never closes', () => {
		const decisions = decide([
			prose[0]!,
			'Skip over the box Border talks',
			'Border talks resumed in March after a pause of two years.',
			...prose.slice(1),
		]);
		expect(decisions['Border talks resumed in March after a pause of two years.']).toBeUndefined();
		for (const line of prose) expect(decisions[line]).toBeUndefined();
	});
});
