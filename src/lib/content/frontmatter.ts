import { extractFrontmatter } from '@astrojs/markdown-remark';
import * as yaml from 'js-yaml';

/**
 * The one reader and writer of content YAML and Markdown frontmatter: validation, the build's
 * tools, ingestion, the benches and the tests all go through it, so they agree on where a
 * body starts and on how dates are read.
 */

/**
 * js-yaml, as Astro's loaders use, but without YAML 1.1 timestamps: those turn an impossible
 * `2025-02-30` into 2 March without a word, so dates stay text here and the schemas check them.
 * Throws js-yaml's error (its first line names the problem) on malformed YAML.
 */
export function parseYaml(text: string, file?: string): unknown {
	return yaml.load(text, { schema: yaml.CORE_SCHEMA, ...(file ? { filename: file } : {}) });
}

/**
 * Data as content YAML: keys in the order given, no line folding, no anchors. The default
 * schema quotes text that YAML 1.1 would read as a date, so any reader keeps it as text.
 */
export function stringifyYaml(data: unknown): string {
	return yaml.dump(data, { lineWidth: -1, noRefs: true });
}

/** A Markdown file split at its frontmatter. */
export interface MarkdownParts {
	/** The frontmatter's YAML text, or undefined when the file has none. */
	yaml: string | undefined;
	/** Everything after the closing `---`, exactly as written. */
	body: string;
	/** Where the body starts in the file's text. */
	bodyOffset: number;
}

/** Splits a Markdown file the way Astro does, so tools see the body the build renders. */
export function splitFrontmatter(text: string): MarkdownParts {
	const frontmatter = extractFrontmatter(text);
	if (frontmatter === undefined) return { yaml: undefined, body: text, bodyOffset: 0 };
	const block = `---${frontmatter}---`;
	const bodyOffset = text.indexOf(block) + block.length;
	return { yaml: frontmatter, body: text.slice(bodyOffset), bodyOffset };
}

/** A Markdown file's frontmatter data (`{}` when it has none) and body; throws on bad YAML. */
export function readFrontmatter(text: string, file?: string): { data: unknown; body: string } {
	const parts = splitFrontmatter(text);
	return { data: parts.yaml === undefined ? {} : parseYaml(parts.yaml, file), body: parts.body };
}

/**
 * A Markdown file from its frontmatter data and the body that follows the closing `---` line.
 * `readFrontmatter` hands that body back with the line's newline in front, as Astro does.
 */
export function writeFrontmatter(data: unknown, body: string): string {
	return `---\n${stringifyYaml(data)}---\n${body}`;
}
