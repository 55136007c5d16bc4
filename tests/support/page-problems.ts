import type { BrowserContext, Page } from 'playwright-core';

declare global {
	interface Window {
		/** CSP violations the page reported, recorded by `watchPages`' init script. */
		__cspViolations?: string[];
	}
}

/**
 * Watches every page a context opens for CSP violations, console errors and uncaught
 * exceptions. Call before opening pages; `problems(page)` lists what it saw so far.
 */
export async function watchPages(
	context: BrowserContext,
): Promise<{ problems: (page: Page) => Promise<string[]> }> {
	await context.addInitScript(() => {
		window.__cspViolations = [];
		document.addEventListener(
			'securitypolicyviolation',
			(event) =>
				window.__cspViolations!.push(
					`CSP ${event.effectiveDirective} blocked ${event.blockedURI || '(unknown)'}` +
						` (${event.sourceFile || 'the page'}:${event.lineNumber}): ${event.sample}`,
				),
			true,
		);
	});
	const logged = new Map<Page, string[]>();
	context.on('page', (page) => {
		const problems: string[] = [];
		logged.set(page, problems);
		page.on('console', (message) => {
			if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
	});
	return {
		problems: async (page) => {
			// Violation reports are queued as tasks; let them run before reading them.
			await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
			const violations = await page.evaluate(() => window.__cspViolations ?? []);
			return [...violations, ...(logged.get(page) ?? [])];
		},
	};
}
