/**
 * How big content may be. An editor's typo or a bad scrape must never stall a build, and the
 * work the build does for an article (checks, parsing, rendering) grows with its body: under
 * these limits it stays below one second of CPU time for any body, which
 * tests/unit/article-work.test.ts checks against adversarial bodies. Real articles are far
 * inside all of them.
 */

/**
 * The most bytes (UTF-8) a content file may hold: 1 MiB. Bigger files are refused unread, before
 * their YAML is parsed; an article's frontmatter and a full body fit many times over.
 */
export const maxFileBytes = 1_048_576;

/**
 * The most bytes (UTF-8) an article or story body may hold, and a raw file at ingestion: 128 KiB,
 * about 20,000 words, twice the longest feature we know of. The parser takes up to a few
 * microseconds a byte on dense Markdown, and the build parses each body twice.
 */
export const maxBodyBytes = 131_072;

/**
 * The most lines a body may hold, weighed by what the parser spends on them (parse-cost.ts): a
 * line that may open a block counts 1, one that continues a paragraph 1/4, a blank one 1/8.
 * micromark spends 50–230 µs on each block it opens (a one-letter paragraph, a list item, a
 * footnote definition), so 40,000 of them, which fit under the size limit, would take
 * seconds. 1,500 such blocks take 300–500 ms; an article at the size limit wrapped at 70
 * columns weighs about 750.
 */
export const maxBodyLines = 1_500;

/**
 * The most look-back work (parse-cost.ts) a body's paragraphs may cause: 8,000,000 steps,
 * about 100 ms of parsing on the slowest shape measured (`a*` repeated). A long article with a
 * link or an emphasis every line does a tenth of that.
 */
export const maxTextWork = 8_000_000;

/**
 * The most whole-body look-back work (parse-cost.ts) a body may cause: 8,000,000 steps, about
 * 200 ms on the slowest shape measured (`- - a` repeated); 60 nested list items in a body at
 * the size limit.
 */
export const maxFlowWork = 8_000_000;
