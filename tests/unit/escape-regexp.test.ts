import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/text/escape-regexp.ts';

describe('escapeRegExp', () => {
	it('makes a pattern that matches the text itself, special characters and all', () => {
		const text = 'Sen. (R-Texas) [a.k.a. "the Hawk"] $5 + 10% ^ * ? | \\ {2}';
		expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
		expect(new RegExp(escapeRegExp('a.c')).test('abc')).toBe(false);
	});
});
