/**
 * What `astro build` did with each generated path, read from its log. With
 * `experimental.incrementalBuild` Astro prints one `├─ <file>` per path, followed by `(cached)`
 * or `(restored)` when it reused the last build's output and by the render time otherwise.
 * Renders run a few at a time (build.concurrency), so a rendered path's time may be printed
 * after other paths' lines: a path counts as reused only when its marker follows it directly.
 * Without a terminal the next log line's time stamp may follow a path with no space between.
 */
export interface GeneratedPaths {
	/** Output files Astro rendered in this build (`/articles/x/index.html`, `/og/site.png`). */
	rendered: string[];
	/** Output files Astro took from its cache instead. */
	reused: string[];
}

/** The generated paths in an `astro build` log (printed with NO_COLOR). */
export function generatedPaths(log: string): GeneratedPaths {
	const rendered: string[] = [];
	const reused: string[] = [];
	const line = /├─ (\/\S*?)(?=\s|\d\d:\d\d:\d\d|$)( \((?:cached|restored)\))?/g;
	for (const match of log.matchAll(line)) {
		(match[2] ? reused : rendered).push(match[1]!);
	}
	return { rendered: rendered.sort(), reused: reused.sort() };
}
