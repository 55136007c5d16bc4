import { describe, expect, it } from 'vitest';
import { uiCue } from '../../src/lib/ingest/vocabulary/index.ts';
import { decide, prose, texto } from '../support/ingest-lines.ts';

/**
 * Residue ingest-8's ordinary news pages left in the body: a gift button, an ad slot's label,
 * a loader, a logo's alternative text, a site's acknowledgement of country, a newsletter's
 * consent and heading, a wall's notice and button, a corrections box, an "Also Read" teaser
 * and a tag list titled "Topics:". Lines we wrote; each cue beside a line of text it must leave.
 */

describe('interface lines of a mainstream news page', () => {
	it.each([
		['Gift this article', 'share prompt'],
		['Regala esta nota', 'share prompt'],
		['The story continues after this ad', 'advertisement marker'],
		['Loading...', undefined],
		['Evening Courier logo', "a logo's alternative text"],
		['Logo de Radio Norte', "a logo's alternative text"],
		['Acknowledgement of Country', "the site's acknowledgement of country"],
		[
			'We acknowledge the Traditional Custodians of the land on which we work.',
			"the site's acknowledgement of country",
		],
		['By signing up, you agree to our terms and may leave at any time.', 'copyright or legal line'],
		['Stay informed on the border talks', 'newsletter or follow prompt'],
		['Este artículo es solo para suscriptores', 'paywall or subscription prompt'],
		['Conocé los planes', 'paywall or subscription prompt'],
		['¿Ves algo incorrecto en esta nota?', 'contact prompt'],
		['Avísanos', 'contact prompt'],
	])('names "%s"', (line, reason) => {
		const cue = uiCue(line);
		expect(cue, line).toBeDefined();
		if (reason) expect(cue!.reason).toBe(reason);
	});

	it('leaves the article lines that share their words', () => {
		for (const line of [
			'The new logo',
			'Traditional owners of the land went to court over the mine.',
			'The minister said the new plans would be published on Monday.',
			'La medida es para suscriptores de telefonía móvil, dijo el ministro.',
			'Stay in the loop, the minister told the mayors, and the mayors laughed.',
		])
			expect(decide([prose[0]!, line, ...prose.slice(1)])[line], line).toBeUndefined();
	});

	it('removes an "Also Read" teaser set inside the text, with the headline under it', () => {
		const teaser = 'Ministers trade barbs over border patrols';
		const decisions = decide([prose[0]!, 'Also Read', teaser, ...prose.slice(1)]);
		expect(decisions['Also Read']).toMatch(/^remove/);
		expect(decisions[teaser]).toMatch(/^remove: related-story teaser/);
	});

	it('takes a teaser headline closing on an abbreviation ("EE.UU.") for a teaser, not text', () => {
		const teaser = 'Chile y Perú piden calma entre México y EE.UU.';
		const decisions = decide([...texto, 'Seguí leyendo', teaser, 'Términos y condiciones']);
		expect(decisions[teaser]).toMatch(/^remove: related-story teaser/);
	});
});
