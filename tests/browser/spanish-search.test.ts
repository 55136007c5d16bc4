import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const quote =
	'Podemos colaborar, podemos compartir información, pero no vamos a aceptar ninguna intervención en nuestro país';

/** The words of every quote result for `query` on the search page, with each one's `lang`. */
async function quoteResults(query: string): Promise<{ text: string; lang: string }[]> {
	const page = await site.browser.newPage();
	await page.goto(`${site.url}/search/?q=${encodeURIComponent(query)}&type=quote`);
	await page.locator('main ol.results > li').first().waitFor();
	const results = await page
		.locator('main ol.results .hit-text')
		.evaluateAll((nodes) =>
			nodes.map((node) => ({
				text: node.textContent ?? '',
				lang: node.getAttribute('lang') ?? '',
			})),
		);
	await page.close();
	return results;
}

describe('searching Spanish words', () => {
	// Readers type Spanish with or without its accents; the index folds them both ways.
	it.each(['intervencion', 'intervención', 'INTERVENCIÓN'])(
		'“%s” finds the Spanish quote, shown with its accents and marked Spanish',
		async (query) => {
			const results = await quoteResults(query);
			expect(results).toContainEqual({ text: quote, lang: 'es' });
			// Any English result carries no lang of its own: it reads as the page does.
			for (const result of results) expect(['', 'es']).toContain(result.lang);
		},
	);

	it('“constitucion” finds the Spanish quote that says “Constitución”, with ¿ and ?', async () => {
		const results = await quoteResults('constitucion');
		expect(results).toContainEqual({
			text: '¿Por qué tendríamos que aceptar algo que la Constitución no permite?',
			lang: 'es',
		});
	});

	it('the search dialog marks a Spanish result too', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.url}/`);
		await page.keyboard.press('/');
		await page.keyboard.type('podemos colaborar');
		const option = page.getByRole('option').filter({ hasText: 'Podemos colaborar' }).first();
		await option.waitFor();
		await expect(option.locator('.hit-text').getAttribute('lang')).resolves.toBe('es');
		await page.close();
	});
});
