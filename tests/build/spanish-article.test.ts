import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { allRecords, builtSearchIndex } from '../../scripts/lib/search-index-files.ts';
import { readPage, type BuiltPage } from '../support/built-page.ts';

/**
 * The frozen content has one article in Spanish (`es`) among English ones. The site's own words
 * stay English (`<html lang="en">`); every element holding the Spanish article's words says
 * `lang="es"`, nothing of an English article does, and lists show its language as "ES",
 * heard as "in Spanish".
 */
const distDir = inject('distDir');
const es = 'cooperacion-si-intervencion-no';
const en = 'washington-should-not-take-no';
const esHeadline = 'Sheinbaum descarta cualquier intervención militar de Estados Unidos';

/** The text of every element with `lang="es"` on a page, white space collapsed. */
function spanishTexts(page: BuiltPage): string[] {
	return selectAll('body [lang]', page.tree)
		.filter((node) => node.properties.lang === 'es')
		.map((node) => toText(node).replace(/\s+/g, ' ').trim());
}

/** Every `lang` value under `body`: only `es` ever appears (English is the page's own). */
function langValues(page: BuiltPage): Set<string> {
	return new Set(page.attributes('body [lang]', 'lang'));
}

describe('a Spanish article on every page type', () => {
	it('the article page marks its headline, standfirst and body Spanish and names the language', async () => {
		const page = await readPage(distDir, `articles/${es}/`);
		expect(page.attribute('html', 'lang')).toBe('en');
		expect(page.attribute('h1', 'lang')).toBe('es');
		expect(page.text('h1')).toBe(esHeadline);
		expect(page.attribute('.lede', 'lang')).toBe('es');
		expect(page.attribute('article .prose', 'lang')).toBe('es');
		expect(page.text('article .prose')).toContain(
			'«¿Por qué tendríamos que aceptar algo que la Constitución no permite?»',
		);
		// The summary is the editor's, in English: not marked.
		expect(page.attribute('.summary', 'lang')).toBeUndefined();
		expect(page.text('dl.facts')).toContain('Language Spanish');
		// Lines quoted from the raw file in the provenance are Spanish too.
		expect(page.attribute('.provenance q', 'lang')).toBe('es');
		// Its quotations' structured data says their language: the four by named speakers.
		const data = selectAll('script[type="application/ld+json"]', page.tree)
			.map((node) => toText(node))
			.join('\n');
		expect(data.match(/"inLanguage":"es"/g)).toHaveLength(4);
	});

	it('an English article page marks nothing, and its link to the Spanish one is Spanish', async () => {
		const page = await readPage(distDir, `articles/${en}/`);
		expect(page.attribute('article .prose', 'lang')).toBeUndefined();
		expect(page.attribute('h1', 'lang')).toBeUndefined();
		expect(page.text('dl.facts')).toContain('Language English');
		expect(page.attribute(`.compare-with a[href="/compare/${en}/${es}/"]`, 'lang')).toBe('es');
		expect(langValues(page)).toEqual(new Set(['es']));
	});

	it('the story page tags the Spanish article in the matrix, the figure and the lists', async () => {
		const page = await readPage(distDir, 'stories/sheinbaum-rejects-us-troops/');
		const head = `.matrix thead th:has(a[href="/articles/${es}/"])`;
		expect(page.attribute(`${head} .col-label`, 'lang')).toBe('es');
		expect(page.text(`${head} .lang-tag [aria-hidden="true"]`)).toBe('ES');
		expect(page.text(`${head} .lang-tag .visually-hidden`)).toBe('in Spanish');
		// One tag in the matrix head: English articles carry none.
		expect(page.texts('.matrix thead .lang-tag')).toHaveLength(1);
		expect(page.attribute(`.cm-label a[href="/articles/${es}/"]`, 'lang')).toBe('es');
		expect(page.attribute(`.cards h3 a[href="/articles/${es}/"]`, 'lang')).toBe('es');
		expect(page.text(`.cards li:has(a[href="/articles/${es}/"]) .meta`)).toMatch(
			/^La Prueba Diaria ES in Spanish · news · /,
		);
		// Its excerpts where the articles differ, and its name in the lists, are Spanish; nothing
		// else is (its own claims are listed by their English statements).
		const spanish = spanishTexts(page);
		expect(spanish).toContain(
			'una operación de ese tipo «fragmentaría a los cárteles y multiplicaría la violencia»',
		);
		expect(spanish).toContain(
			'«La coordinación funciona; no hace falta que nadie venga a hacer nuestro trabajo»',
		);
		for (const text of spanish) expect(text).not.toMatch(/\b(the|and|of)\b/);
		expect(page.attributes('.take blockquote[lang]', 'lang').length).toBeGreaterThan(0);
		expect(page.texts('.take blockquote:not([lang])').join(' ')).not.toContain('cárteles');
	});

	it('the pair page marks the Spanish side’s headline, text, excerpts and quotes, not the English side’s', async () => {
		const page = await readPage(distDir, `compare/${es}/${en}/`);
		expect(page.attribute('.pair-headline-a a', 'lang')).toBe('es');
		expect(page.attribute('.pair-headline-b a', 'lang')).toBeUndefined();
		expect(page.attribute('.text-col.side-a', 'lang')).toBe('es');
		expect(page.attribute('.text-col.side-b', 'lang')).toBeUndefined();
		expect(page.texts('.pair-meta .lang-tag')).toEqual(['ES in Spanish']);
		expect(page.text('.pair-meta p:first-child')).toMatch(/La Prueba Diaria ES in Spanish · news/);
		// A claim both make: the Spanish words marked, the English ones not.
		const row = '#claim-cooperation-not-intervention';
		expect(page.attributes(`${row} blockquote`, 'lang')).toEqual(['es']);
		expect(page.text(`${row} .side-a blockquote`)).toBe(
			'«Podemos colaborar, podemos compartir información, pero no vamos a aceptar ninguna intervención en nuestro país»',
		);
		expect(page.attribute('.side-switch label:first-of-type span[lang]', 'lang')).toBe('es');
		expect(page.attributes('.side-a .quote-list a', 'lang').length).toBeGreaterThan(0);
		expect(page.attributes('.side-b .quote-list a[lang]', 'lang')).toEqual([]);
	});

	it('the many-way comparison marks the Spanish column’s headline, lede and excerpts', async () => {
		const page = await readPage(distDir, 'stories/sheinbaum-rejects-us-troops/compare/');
		expect(page.attribute(`thead th[data-article="${es}"] a`, 'lang')).toBe('es');
		expect(page.text(`thead th[data-article="${es}"] .lang-tag`)).toBe('ES in Spanish');
		expect(page.attribute(`.ledes td[data-article="${es}"] .lede-text`, 'lang')).toBe('es');
		const cells = page.attributes(`td[data-article="${es}"][data-covered] > a`, 'lang');
		expect(cells.length).toBeGreaterThan(0);
		expect(new Set(cells)).toEqual(new Set(['es']));
		expect(page.attributes(`td[data-article="${en}"] [lang]`, 'lang')).toEqual([]);
		expect(page.attribute(`column-picker label:has(input[value="${es}"]) span[lang]`, 'lang')).toBe(
			'es',
		);
	});

	it('a claim page cites the Spanish words verbatim, marked Spanish, beside English ones', async () => {
		const only = await readPage(distDir, 'claims/constitution-forbids-foreign-troops/');
		expect(only.text('h1')).toBe(
			"Sheinbaum said Mexico's constitution does not allow foreign troops on its territory.",
		);
		expect(only.attribute('.claim-words', 'lang')).toBe('es');
		expect(only.text('.claim-words')).toBe(
			'«¿Por qué tendríamos que aceptar algo que la Constitución no permite?»',
		);
		expect(only.text('.claim-coverage .meta')).toContain('ES in Spanish');
		expect(only.attribute(`.claim-silent a[href="/articles/${en}/"]`, 'lang')).toBeUndefined();

		const shared = await readPage(distDir, 'claims/military-action-could-backfire/');
		expect(shared.attributes('.claim-words', 'lang')).toEqual(['es']);
		expect(shared.text('.claim-words[lang="es"]')).toBe(
			'una operación de ese tipo «fragmentaría a los cárteles y multiplicaría la violencia»',
		);
		const silent = await readPage(distDir, 'claims/monroe-doctrine-revived/');
		expect(silent.attribute(`.claim-silent a[href="/articles/${es}/"]`, 'lang')).toBe('es');
	});

	it('the person page and the quotes index mark the Spanish quotes and their source', async () => {
		for (const route of ['people/claudia-sheinbaum/', 'quotes/']) {
			const page = await readPage(distDir, route);
			const quote = `.quote-group:has(a[href^="/articles/${es}/"])`;
			expect(page.texts(`${quote} blockquote`)).toContain(
				'“Podemos colaborar, podemos compartir información, pero no vamos a aceptar ninguna intervención en nuestro país”',
			);
			expect(new Set(page.attributes(`${quote} blockquote`, 'lang'))).toEqual(new Set(['es']));
			expect(
				page.attributes(`${quote} .quote-sources a[href^="/articles/${es}/"]`, 'lang'),
			).not.toEqual([]);
			// English quotes stay unmarked.
			expect(page.texts('.quote-group blockquote:not([lang])').join(' ')).not.toMatch(
				/Podemos|coordinación/,
			);
		}
	});

	it('the search records carry the language of a Spanish quote or headline, and only theirs', async () => {
		const records = await allRecords(await builtSearchIndex(distDir));
		const spanish = records.filter((record) => record.lang === 'es');
		expect(spanish.map((record) => record.id).sort()).toEqual(
			records
				.filter((record) => record.url.startsWith(`/articles/${es}/`))
				.map((record) => record.id)
				.sort(),
		);
		expect(spanish.find((record) => record.type === 'headline')?.text).toBe(esHeadline);
		expect(new Set(records.map((record) => record.lang))).toEqual(new Set([undefined, 'es']));
	});

	it('its preview card is drawn', async () => {
		const card = await readFile(path.join(distDir, `og/articles/${es}.png`));
		expect(card.subarray(1, 4).toString()).toBe('PNG');
	});
});
