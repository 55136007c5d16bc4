import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/**
 * The built site served on a free port, and a Chromium to read it with, for the test
 * file that calls this: started before its tests, closed after them.
 */
export function useBuiltSite(): { readonly browser: Browser; readonly url: string } {
	let browser: Browser | undefined;
	let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
	beforeAll(async () => {
		server = await serveStatic(inject('distDir'));
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get browser() {
			if (!browser) throw new Error('the browser starts in beforeAll; use it inside a test');
			return browser;
		},
		get url() {
			if (!server) throw new Error('the server starts in beforeAll; use it inside a test');
			return server.url;
		},
	};
}
