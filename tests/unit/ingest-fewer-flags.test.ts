import { describe, expect, it } from 'vitest';
import { ingestArticle } from '../../src/lib/ingest/ingest-article.ts';
import { prose, texto, decide } from '../support/ingest-lines.ts';

/**
 * Residue an editor was asked to review although its words leave no doubt: a stamp that ends
 * in "a. m.", the outlet asking to be followed in a full sentence, a broadcaster's legal links,
 * a photo's or a player's one-word label, a byline taken for the dek; and residue that went
 * unnoticed, now flagged: a newsletter's blurb under its sign-up. Lines we wrote.
 */

describe('residue that reads as a sentence but says nothing else', () => {
	it('removes a stamp whose time closes like a sentence, and keeps "Actualizado el padrón, …"', () => {
		const stamp = 'Actualizado el 12/02/2026, 9:40 a. m.';
		const text = 'Actualizado el padrón, el instituto abrió las casillas el domingo.';
		expect(decide([texto[0]!, stamp, text, ...texto.slice(1)])).toEqual({
			[stamp]: 'remove: time stamp',
		});
	});

	it('removes the outlet asking to be followed, and keeps an official’s "sigue nuestras redes de apoyo"', () => {
		const follow = [
			'Síguenos en Google News para no perderte nada.',
			'Follow us on Instagram for the latest updates.',
			'Para más noticias, sigue nuestras redes sociales',
		];
		const quote = 'Sigue nuestras redes de apoyo, pidió el alcalde a los migrantes.';
		const decided = decide([texto[0]!, ...follow, quote, ...texto.slice(1)]);
		expect(decided).toEqual(
			Object.fromEntries(follow.map((l) => [l, 'remove: newsletter or follow prompt'])),
		);
	});

	it('removes a broadcaster’s legal links and one-word photo and player labels', () => {
		const decided = decide([prose[0]!, 'Image', 'Escuchar', ...prose.slice(1), 'EEO Report']);
		expect(decided).toEqual({
			Image: 'remove: photo controls',
			Escuchar: 'remove: video or audio player',
			'EEO Report': 'remove: copyright or legal line',
		});
	});
});

describe('a byline under the headline', () => {
	it('is not taken for the dek, and goes for review', () => {
		const result = ingestArticle(
			Buffer.from(
				[
					'Sheinbaum descarta tropas extranjeras en el país',
					'Escrito por Mesa Digital',
					...texto,
				].join('\n'),
			),
			{ story: 's', id: 'fixture' },
		);
		expect(result.frontmatter!.dek).toBeUndefined();
		expect(result.review.map((r) => r.text)).toContain('Escrito por Mesa Digital');
	});
});

describe('a newsletter’s blurb between residue lines', () => {
	it('is flagged when it speaks like a promotion, in either language; a plain sentence is not', () => {
		const blurbs = [
			'Everything you need before your first coffee.',
			'El mundo en cinco minutos. Todos los lunes.',
		];
		const plain = 'The embassy said nothing more.';
		const decided = decide([
			...prose,
			'Sign up for the Border Briefing newsletter.',
			blurbs[0]!,
			'Recibir newsletter',
			blurbs[1]!,
			'Share',
			plain,
			'Advertisement',
		]);
		for (const blurb of blurbs)
			expect(decided[blurb]).toMatch(/^flag: a short sentence speaking like a promotion/);
		expect(decided[plain]).toBeUndefined();
	});
});
