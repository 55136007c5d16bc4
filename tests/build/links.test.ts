import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkLinks, type LinkReport } from '../support/link-check.ts';
import { astroBuild } from '../../scripts/lib/run.ts';
import { fixtureContentDir } from '../support/fixture-content.ts';

const summary = (report: LinkReport) =>
	`${report.checked} internal references (${report.fragments} with a fragment) on ${report.pages} pages, ${report.external} external`;

describe('the link checker', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'parallax-links-'));
		const page = (body: string) =>
			`<!DOCTYPE html><html lang="en"><head><title>t</title>` +
			`<link rel="canonical" href="https://example.org/base/"></head><body>${body}</body></html>`;
		await mkdir(path.join(dir, 'a'));
		await writeFile(path.join(dir, 'a/index.html'), page('<h2 id="there">x</h2>'));
		await writeFile(path.join(dir, 'logo.png'), '');
		await writeFile(
			path.join(dir, 'index.html'),
			page(
				[
					'<p id="here"><a href="#here">ok</a> <a href="/base/a/#there">ok</a>',
					'<a href="a/?q=1">ok</a> <a href="https://example.org/base/logo.png">ok</a>',
					'<a href="https://other.example/x">external</a>',
					'<a href="#gone">1</a> <a href="/base/a/#nope">2</a> <a href="/base/missing/">3</a>',
					'<a href="/base/a">4</a> <a href="/elsewhere/">5</a> <a href="javascript:void(0)">6</a>',
					'<img alt="" src="logo.png" srcset="logo.png 1x, logo@2x.png 2x"></p>',
				].join(''),
			),
		);
	});
	afterAll(async () => rm(dir, { recursive: true, force: true }));

	it('names each broken address, its page and why', async () => {
		const report = await checkLinks(dir, '/base/');
		expect(report.broken).toEqual([
			'index.html: href="#gone": no element with id "gone" in index.html',
			'index.html: href="/base/a/#nope": no element with id "nope" in a/index.html',
			'index.html: href="/base/missing/": no file missing/index.html in the build',
			'index.html: href="/base/a": names a folder without its trailing slash',
			'index.html: href="/elsewhere/": outside the base path /base/',
			'index.html: href="javascript:void(0)": a javascript: address',
			'index.html: srcset="logo@2x.png": no file logo@2x.png in the build',
		]);
		expect(report.external).toBe(1);
	});
});

describe('links in the built site', () => {
	it('all resolve to a file and, with a fragment, to an id on the target page', async () => {
		const report = await checkLinks(inject('distDir'));
		console.info(`links: ${summary(report)}`);
		expect(report.broken, `${report.broken.length} broken:\n${report.broken.join('\n')}`).toEqual(
			[],
		);
		expect(report.checked).toBeGreaterThan(report.pages * 5);
		expect(report.fragments).toBeGreaterThan(0);
	});

	describe('built under a base path', () => {
		const base = '/parallax/';
		let parent: string;
		let outDir: string;
		beforeAll(async () => {
			parent = await mkdtemp(path.join(tmpdir(), 'parallax-base-'));
			outDir = path.join(parent, 'dist');
			const result = await astroBuild(outDir, {
				contentDir: fixtureContentDir,
				env: { BASE_PATH: base },
			});
			if (result.code !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
		});
		afterAll(async () => rm(parent, { recursive: true, force: true }));

		it('keeps every link inside the base, resolving as it does at the root', async () => {
			const report = await checkLinks(outDir, base);
			console.info(`links under ${base}: ${summary(report)}`);
			expect(report.broken, `${report.broken.length} broken:\n${report.broken.join('\n')}`).toEqual(
				[],
			);
			expect(report.checked, 'as many internal links as the build at the root').toBe(
				(await checkLinks(inject('distDir'))).checked,
			);
		});
	});
});
