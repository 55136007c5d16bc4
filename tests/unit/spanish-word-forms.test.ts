import { describe, expect, it } from 'vitest';
import { es } from '../../src/lib/quotes/words/verb-forms.ts';
import { personNouns } from '../../src/lib/quotes/words/source-words.ts';

// The sentence-level tests of these two steps (find-quotes-causes.test.ts) also pass by other
// paths; these pin the word forms themselves.
describe('Spanish word forms the finder reads', () => {
	it('gives a verb on "-scribir" its participle in "-scrito", as "ha descrito" needs', () => {
		expect(es('describir', 'test').forms).toContain('descrito');
		expect(es('afirmar', 'test').forms).toContain('afirmado');
	});

	it('reads a person noun after "ex" as that noun\'s person, and nothing else that opens "ex"', () => {
		expect(personNouns.has('exministro')).toBe(true);
		expect(personNouns.has('exfuncionaria')).toBe(true);
		expect(personNouns.has('exterior')).toBe(false);
		expect(personNouns.has('examen')).toBe(false);
	});
});
