import { describe, expect, it } from 'vitest';
import { findQuotes, type FoundQuote } from '../../src/lib/quotes/find-quotes.ts';
import { pointBack } from '../../src/lib/quotes/speakers/speaker-resolution.ts';
import { testPeople } from '../support/people-fixture.ts';

const find = (...blocks: string[]) => findQuotes(blocks, testPeople);
const who = (quote: FoundQuote) => [quote.text, quote.speaker ?? quote.description];

describe('findQuotes: the everyday coverage of wires and national dailies', () => {
	it('reads a capital after initials as part of a name, not as a speech verb', () => {
		// "U.S. State Department": the full stop is the initials', so "State" is no verb "state".
		// "his office" is Ebrard's to speak for, so the words are given to him.
		const found = find(
			'Marcelo Ebrard said his office had written to the U.S. State Department that “tariffs would hurt both sides”.',
		);
		expect(found.quotes.map(who)).toEqual([['tariffs would hurt both sides', 'Marcelo Ebrard']]);
	});

	it('takes a capitalised run after “in” for a place, so a later “she” is not left in doubt', () => {
		const found = find(
			'Experts in Port Harlow said the talks mattered. Former Envoy to Chile Olga Prieto said, “Trade comes first.”',
			'Professor Nadia Fern of a Harlow university’s Centre for Andean Studies said the row would pass. “Markets have seen worse,” she said.',
		);
		expect(found.quotes.map(who)[1]).toEqual(['Markets have seen worse,', 'Professor Nadia Fern']);
	});

	it('keeps a title whose complement is a place with the name after it', () => {
		const found = find('Former Envoy to Mexico Tomas Brandt said, “Patience has served both.”');
		expect(found.quotes.map(who)).toEqual([
			['Patience has served both.', 'Former Envoy to Mexico Tomas Brandt'],
		]);
	});

	it('gives words to the subject of the clause “after” opens, not the main clause’s', () => {
		const found = find(
			'Claudia Sheinbaum ruled out strikes on Friday, hours after a senior Canadian diplomat said Ottawa would back “any lawful step”.',
		);
		expect(found.quotes.map(who)).toEqual([['any lawful step', 'a senior Canadian diplomat']]);
	});

	it('keeps two capitalised sentences in quotes as speech, not a title', () => {
		const found = find('Asked about troops, Sheinbaum was brief. “No. Not Ever,” she said.');
		expect(found.quotes.map(who)).toEqual([['No. Not Ever,', 'claudia-sheinbaum']]);
		// A title with a short title's full stop stays a title.
		const title = find('Trump said he had watched “Dr. Strangelove” again.');
		expect(title.quotes).toEqual([]);
	});

	it('points “she” back to the owner named in the sentence just before', () => {
		const found = find(
			'Rosa Delgado, a baker, said the mood on her street was tense.',
			'Sheinbaum’s reply, given at her morning briefing, was short. “No troops here,” she said.',
		);
		expect(found.quotes.map(who)).toEqual([['No troops here,', 'claudia-sheinbaum']]);
	});

	it('does not point further back than the next sentence to an owner', () => {
		// Rubio is named as an owner in sentence 0; the pronoun stands in sentence 2.
		const seen = [{ block: 0, sentence: 0, at: 0, person: 'marco-rubio', owner: true }];
		const anyone = () => true;
		expect(pointBack(seen, anyone, 0, 1, 'he')?.speaker).toBe('marco-rubio');
		expect(pointBack(seen, anyone, 0, 2, 'he')).toBeUndefined();
	});

	it('remembers a name after a title cut short with a full stop, for a later “he”', () => {
		const found = find(
			'Ald. Tomas Reyna, whose ward covers much of Brighton and Little Haven, said residents were anxious about what raids could mean for relatives back home. “They call me every night,” he said.',
		);
		expect(found.quotes.map(who)).toEqual([['They call me every night,', 'Tomas Reyna']]);
	});

	it('reads “asked that …” inside a relative clause as what was asked, not a second relative', () => {
		const found = find(
			'Later, a neighbour who asked that her name be withheld said only: “We lock the doors now.”',
		);
		expect(found.quotes.map(who)).toEqual([['We lock the doors now.', 'a neighbour']]);
	});

	it('counts thinking aloud as speech, so a second subject takes the second quotation', () => {
		const found = find(
			'Pete Hegseth told a radio show that troops were “ready,” and Trump himself has speculated about “a quick fix” at the border.',
		);
		expect(found.quotes.map(who)).toEqual([
			['ready,', 'pete-hegseth'],
			['a quick fix', 'donald-trump'],
		]);
	});

	it('takes a bare plural after “according to” as the source, with what follows it', () => {
		const found = find(
			'According to diplomats familiar with the drafts, the plan involves “parallel but distinct” patrols.',
		);
		expect(found.quotes.map(who)).toEqual([
			['parallel but distinct', 'diplomats familiar with the drafts'],
		]);
	});

	it('takes an owner for the next “he” only when the owner opens its sentence', () => {
		const found = find(
			'Defense Secretary Pete Hegseth defended Trump’s plans. In a statement, he said, “We stand firm on this.”',
		);
		expect(found.quotes.map(who)[0]?.[1]).toBe('pete-hegseth');
	});
});
