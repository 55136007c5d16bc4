import { describe, expect, it } from 'vitest';
import { promotionFamilies, promotionStrength } from '../../src/lib/ingest/promotion.ts';
import { promotionCues } from '../../src/lib/ingest/vocabulary/index.ts';
import { prose, decide } from '../support/ingest-lines.ts';

describe('promotionFamilies', () => {
	it('tells what a line does: speak of the outlet, to the reader, of a channel', () => {
		expect(promotionFamilies('Get our weekend digest, written by our editors, for free.')).toEqual(
			new Set(['outlet', 'reader', 'channel']),
		);
		expect(
			promotionFamilies('Descarga nuestra aplicación y recibe alertas gratis en tu celular.'),
		).toEqual(new Set(['outlet', 'reader', 'channel']));
		expect(promotionFamilies('What does the deal change for you?')).toEqual(new Set(['reader']));
		expect(promotionFamilies('Our country will not accept foreign troops.')).toEqual(new Set());
	});

	it('gives a line that quotes someone no strength: speech may well say "you" and "our"', () => {
		expect(
			promotionStrength('“You can follow our team on every channel,” the minister told them.'),
		).toBe(0);
	});

	it('keeps its words as data, in the three families', () => {
		expect(new Set(promotionCues.map((c) => c.family))).toEqual(
			new Set(['outlet', 'reader', 'channel']),
		);
	});
});

describe('classifyLines on an outlet promoting itself in plain sentences', () => {
	it('removes a sentence doing all three things, wherever it stands', () => {
		const line = 'Sign up for our evening briefing, delivered to you every weekday.';
		const decided = decide([prose[0]!, line, ...prose.slice(1)]);
		expect(decided[line]).toMatch(/^remove: the outlet promoting itself/);
	});

	it('removes one doing two of them beside other residue, and only flags it between paragraphs', () => {
		const beside = 'Our foreign desk also writes a weekly letter on trade, free to readers.';
		const between = 'Our data team also publishes a weekly chart pack on trade for readers.';
		const decided = decide([
			prose[0]!,
			between,
			prose[1]!,
			prose[2]!,
			'Advertisement',
			beside,
			'Privacy policy',
		]);
		expect(decided[beside]).toMatch(/^remove: the outlet promoting itself .*beside other residue/);
		expect(decided[between]).toMatch(/^flag: the outlet promoting itself .*\?$/);
	});

	it('reads the outlet in its coverage and bureau, and the reader in "never miss", "sigue"', () => {
		const lines = [
			'Never miss a story: turn on notifications in our app.',
			'Sigue nuestra cobertura minuto a minuto en nuestro canal de Telegram.',
		];
		const decided = decide([prose[0]!, lines[0]!, prose[1]!, lines[1]!, prose[2]!]);
		for (const line of lines) expect(decided[line]).toMatch(/^remove: the outlet promoting itself/);
	});

	it('reads the Spanish forms: tú, imperatives with pronouns, "nuestro canal"', () => {
		const line = '¿Te gusta este pódcast? Recomiéndalo y escúchanos cada semana en tu aplicación.';
		const decided = decide([...prose, line]);
		expect(decided[line]).toMatch(/^remove: the outlet promoting itself/);
	});

	it('keeps a columnist’s sentence to "you" about free trade, even beside residue', () => {
		const line = 'If you think free trade will survive this, you have not been paying attention.';
		const decided = decide([...prose, 'Advertisement', line, 'Advertisement']);
		expect(decided[line]).toBeUndefined();
	});

	it('keeps sentences doing one of the three, and a quotation doing all three', () => {
		const lines = [
			'What does the deal change for you?',
			'Our reporters counted four convoys at the crossing on Monday.',
			'Supporters say a free app helped families find the shelters.',
			'“Join us, tell your neighbours, download our app,” the mayor urged residents.',
			'En este episodio, la presidenta habló de soberanía con dos exembajadores.',
		];
		const decided = decide([prose[0]!, ...lines, ...prose.slice(1)]);
		for (const line of lines) expect(decided[line]).toBeUndefined();
	});
});

describe('a sentence doing two things a promotion does, beside an ad slot', () => {
	it('is flagged, not removed: the text may well speak of its reporters and to its reader', () => {
		const line = 'Our correspondents found that you can still cross the bridge on foot in under an hour.';
		const decided = decide([prose[0]!, 'Advertisement', line, ...prose.slice(1)]);
		expect(decided[line]).toMatch(/^flag/);
	});
});
