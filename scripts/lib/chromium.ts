import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/snap/bin/chromium',
];

/** The system Chromium: `CHROME_PATH` if set, else the usual install paths. Throws, saying how to get one. */
export function findChromium(): string {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv))
			throw new Error(`CHROME_PATH is ${fromEnv}, but there is no file there.`);
		return fromEnv;
	}
	const found = candidates.find((file) => existsSync(file));
	if (!found) {
		throw new Error(
			`No Chromium found (looked in ${candidates.join(', ')}). Browser tests need one: ` +
				'on Debian or Ubuntu run `apt-get install -y chromium`, or set CHROME_PATH to a Chrome or Chromium binary.',
		);
	}
	return found;
}

/** The flags this sandboxed, offline machine needs (it runs as root, with no GPU). */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Launches headless Chromium with those flags, and `extraFlags` after them. */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: findChromium(),
		headless: true,
		args: [...chromiumFlags, ...extraFlags],
	});
}
