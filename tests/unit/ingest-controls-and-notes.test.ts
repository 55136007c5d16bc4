import { describe, expect, it } from 'vitest';
import { prose, texto, decide } from '../support/ingest-lines.ts';

/**
 * Controls and notes of a page's interface that read like short lines of text: a reader's
 * text-size buttons, a player's label with the clip's running time, a market widget's note on
 * its figures, a comment box's rules, a bookmark's and an author box's prompts, a channel's
 * appeal, the edition an article ran in. Lines we wrote; beside each, a sentence of news in
 * the same words that stays.
 */
const around = (lines: string[], text = prose) => [text[0]!, ...lines, ...text.slice(1)];

describe('classifyLines on a page’s controls', () => {
	it('removes text-size buttons that name the size they set, in either language', () => {
		const buttons = ['Small text size', 'Larger text size', 'Very large text size'];
		const botones = ['Tamaño de letra grande', 'Tamaño del texto normal'];
		expect(decide(around(buttons))).toEqual(
			Object.fromEntries(buttons.map((b) => [b, 'remove: text-size buttons'])),
		);
		expect(decide(around(botones, texto))).toEqual(
			Object.fromEntries(botones.map((b) => [b, 'remove: text-size buttons'])),
		);
	});

	it('removes a player’s label with a running time, and flags the clip’s title under it', () => {
		const title = 'Delegations agree to meet again in March';
		const decided = decide(around(['Watch now', 'VIDEO02:41', title]));
		expect(decided['Watch now']).toBe('remove: video or audio player');
		expect(decided['VIDEO02:41']).toBe('remove: video or audio player');
		// Its words are the article's: only an editor can tell a clip's title from a subhead.
		expect(decided[title]).toMatch(/^flag: .*kept, as it reads as the article's/);
	});

	it('removes a market widget’s note on its figures, not news of a delay', () => {
		const note = 'Quotes are delayed at least 20 minutes. Data is a real-time snapshot.';
		const news = 'Trains were delayed at least 20 minutes on the line to the border on Monday.';
		const decided = decide(around([note, news]));
		expect(decided[note]).toBe('remove: market data notice');
		expect(decided[news]).toBeUndefined();
	});
});

describe('classifyLines on a comment box, an author box and notes under the text', () => {
	it('removes the comment box’s rules and FAQ link, not a minister’s “our comments”', () => {
		const rules = [
			'Comments: Our rules',
			'We want our comments to be a lively part of the site. Please keep to our rules.',
			'To learn more, please read our Comments FAQ.',
			'Lee nuestras normas de comentarios antes de participar.',
		];
		const news = 'Our comments were taken out of context, the minister said on Friday.';
		const decided = decide(around([...rules, news]));
		for (const line of rules) expect(decided[line], line).toBe('remove: comment prompt');
		expect(decided[news]).toBeUndefined();
	});

	it('removes a comment box’s disclaimer set after a “Disclaimer:” label', () => {
		const disclaimer = 'Disclaimer: The views expressed here are those of the readers.';
		expect(decide(around([disclaimer]))[disclaimer]).toBe('remove: opinion disclaimer');
	});

	it('removes a bookmark’s prompt and an author box’s contact link', () => {
		const save = 'Sign in or register to save articles for later.';
		const connect = 'Connect via email.';
		const decided = decide(around([save, connect]));
		expect(decided[save]).toBe('remove: save button');
		expect(decided[connect]).toBe('remove: contact prompt');
	});

	it('removes an appeal to join the outlet’s channel', () => {
		const appeal = 'Join our Telegram channel for breaking news';
		expect(decide(around([appeal]))[appeal]).toMatch(/^remove: newsletter or follow prompt/);
	});

	it('removes the note of the edition the article ran in, in either language', () => {
		const note = 'Published in The Harbour Mail, March 3rd, 2026';
		const nota = 'Publicado en El Diario del Puerto, 3 de marzo de 2026';
		expect(decide([...prose, note])[note]).toBe('remove: publication note');
		expect(decide([...texto, nota])[nota]).toBe('remove: publication note');
	});
});
