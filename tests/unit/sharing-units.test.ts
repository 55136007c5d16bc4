import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonLdScript } from '../../src/lib/text/json-ld.ts';
import { cachedOgPng } from '../../src/lib/og/render-og.ts';
import { textFragmentUrl } from '../../src/lib/text/text-fragment.ts';

describe('textFragmentUrl', () => {
	it('links a short passage whole, escaping what the directive reserves', () => {
		expect(textFragmentUrl('https://example.com/a', 'cooperation, yes; sub-ordination & no')).toBe(
			'https://example.com/a#:~:text=cooperation%2C%20yes%3B%20sub%2Dordination%20%26%20no',
		);
	});

	it('links a long passage by its first and last words, replacing any fragment', () => {
		expect(
			textFragmentUrl(
				'https://example.com/a#top',
				'Experts warn that military action would likely fragment cartels further',
			),
		).toBe(
			'https://example.com/a#:~:text=Experts%20warn%20that%20military,likely%20fragment%20cartels%20further',
		);
	});

	it('gives the plain address when there is no passage', () => {
		expect(textFragmentUrl('https://example.com/a', '  ')).toBe('https://example.com/a');
	});
});

describe('jsonLdScript', () => {
	it('cannot be closed early by text in the data', () => {
		const script = jsonLdScript([
			{ '@type': 'Quotation', text: '</script><script>alert(1)</script>' },
		]);
		expect(script).not.toContain('<');
		expect(JSON.parse(script)['@graph'][0].text).toBe('</script><script>alert(1)</script>');
	});
});

describe('preview images', () => {
	let cache: string;
	afterAll(async () => rm(cache, { recursive: true, force: true }));

	it('renders a 1200×630 PNG once, then reuses it until the card changes', async () => {
		cache = await mkdtemp(path.join(tmpdir(), 'parallax-og-'));
		const card = {
			kind: 'Claim',
			title: 'Mexico deployed 10,000 National Guard troops.',
			lines: ['Asserts it: Different Hub'],
		};
		const first = await cachedOgPng(card, cache);
		expect(first.cached).toBe(false);
		expect(first.png.subarray(1, 4).toString()).toBe('PNG');
		expect([first.png.readUInt32BE(16), first.png.readUInt32BE(20)]).toEqual([1200, 630]);
		const again = await cachedOgPng(card, cache);
		expect(again.cached).toBe(true);
		expect(again.png.equals(first.png)).toBe(true);
		const changed = await cachedOgPng({ ...card, title: 'Mexico deployed 12,000 troops.' }, cache);
		expect(changed.cached).toBe(false);
		expect((await readdir(cache)).filter((name) => name.endsWith('.png'))).toHaveLength(2);
	});
});
