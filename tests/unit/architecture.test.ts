import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under `dir`, relative to the project. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((name) => path.join(dir, name))
		.filter((file) => statSync(file).isFile());
}

/** Astro-bound modules live in src/lib/site/ or are named site-*.ts in their concept folder. */
const astroBound = (file: string) =>
	file.startsWith(path.join('src', 'lib', 'site') + path.sep) ||
	path.basename(file).startsWith('site-');

describe('the layout the README promises', () => {
	const lib = filesUnder(path.join('src', 'lib')).filter((file) => file.endsWith('.ts'));

	it('keeps src/lib pure outside site/ and site-*.ts: no astro:* import, no import.meta.env', () => {
		expect(lib.length).toBeGreaterThan(50);
		const bound = lib.filter((file) => {
			const text = readFileSync(file, 'utf8');
			return /from ['"]astro:|import\(['"]astro:|import\.meta\.env/.test(text);
		});
		expect(bound.filter((file) => !astroBound(file))).toEqual([]);
		// The rule bites: the Astro-bound modules are found by the same test.
		expect(bound).toContain(path.join('src', 'lib', 'site', 'collections.ts'));
	});

	it('has few loose files at the root of src/lib: concepts live in folders', () => {
		const loose = readdirSync(path.join('src', 'lib')).filter((name) => name.endsWith('.ts'));
		expect(loose.length).toBeGreaterThan(0);
		expect(loose.length).toBeLessThanOrEqual(8);
	});

	it('keeps pages thin: no page over 120 lines', () => {
		const pages = filesUnder(path.join('src', 'pages')).filter((file) => file.endsWith('.astro'));
		expect(pages.length).toBeGreaterThan(5);
		const long = pages
			.map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
			.filter(({ lines }) => lines > 120);
		expect(long).toEqual([]);
	});

	it('keeps browser code in src/elements, apart from the server-side modules', () => {
		const elements = filesUnder(path.join('src', 'elements'));
		expect(elements.length).toBeGreaterThan(0);
		for (const file of elements) {
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toMatch(/from ['"]node:|from ['"]astro:/);
		}
	});
});
