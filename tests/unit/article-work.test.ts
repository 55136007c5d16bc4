import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBody, unparsableBody } from '../../src/lib/content/checks/body.ts';
import { maxBodyBytes } from '../../src/lib/content/limits.ts';
import { articleQuotes } from '../../src/lib/quotes/views/article-quotes.ts';
import { textBlocks } from '../../src/markdown/hast/text-blocks.ts';
import { articleTree } from '../../src/markdown/pipeline.ts';
import { testPeople } from '../support/people-fixture.ts';

/**
 * The build's work for one article: the body checks (which parse it once when it may be
 * parsed, as validation does), then the HTML tree Astro renders, the text blocks the quote
 * and claim marks read, and the quote finder over them.
 */
function articleWork(body: string): boolean {
	if (checkBody('x.md', body).text === undefined) return false;
	articleQuotes(
		textBlocks(articleTree(body)).map((block) => block.text),
		testPeople,
	);
	return true;
}

/** CPU time of this thread, in ms: what the work costs, however busy the machine is. */
function cpuTime(work: () => unknown): number {
	const start = process.threadCpuUsage();
	work();
	const used = process.threadCpuUsage(start);
	return (used.user + used.system) / 1000;
}

const budgetMs = 1000;

/** A body to measure, shown by its recipe (not its 128 KiB of text) when a run fails. */
interface Body {
	body: string;
	recipe: string;
}

/**
 * The units repeated, each as often as fits its share of the size limit or, with `largest`,
 * as often as the pre-parse checks accept: the most adversarial body of that shape that
 * reaches the parser.
 */
function repeated(units: readonly string[], largest: boolean): Body {
	const make = (count: number) => units.map((unit) => unit.repeat(count)).join('');
	const bytes = Buffer.byteLength(units.join(''));
	let count = Math.max(1, Math.floor(maxBodyBytes / bytes));
	if (largest && unparsableBody('x.md', make(count))) {
		let accepted = 0;
		while (accepted < count) {
			const middle = Math.ceil((accepted + count) / 2);
			if (unparsableBody('x.md', make(middle))) count = middle - 1;
			else accepted = middle;
		}
		count = Math.max(accepted, 1);
	}
	const body = make(count);
	const shape = units.map((unit) => JSON.stringify(unit)).join(' then ');
	return {
		body,
		recipe: `${shape}, each × ${count} (${Buffer.byteLength(body)} bytes${largest ? ', the most accepted' : ''})`,
	};
}

/**
 * Shapes found by hand to make micromark slow, each minimal (repeated, they made one paragraph
 * or one body take seconds to minutes before the pre-parse checks), and two ordinary ones.
 */
const knownShapes = [
	'a] ', // GFM footnote: every `]` walks back to the last `[`
	'a]\n',
	'a*', // emphasis: every closer walks back, every match splices
	'a~',
	'\\\\* ',
	'a&b*', // runs of text merged by splices
	'[a] ',
	'[ word word word ', // GFM autolink: every word walks back to an open `[`
	'a\n\n', // tens of microseconds a block
	'- a\n',
	'- - a\n', // closing a nested item rewrites the document's events
	'- a\n  - b\n',
	'1. - a\n',
	'a\n=\n', // every setext heading rewrites them too
	'[^a]: b\n\n',
	'[a]: /b\n',
	'  <a>\n\n',
	'> a\nb\n',
	'a\n',
	'| a | b |\n',
	'“We will not,” said Sheinbaum. ',
	// Marks the wrong way round with no stop: one sentence of many quoted terms, whose lead the
	// quote finder once read again from the sentence's start for every quotation (15 s).
	'”the“”',
	'The government said on Tuesday that it would not accept foreign troops. ',
];

/** Short Markdown-significant fragments, and words to mix them with. */
const fragment = fc.constantFrom(
	'a] ',
	'[',
	']',
	'*',
	'_',
	'~',
	'`',
	'<',
	'>',
	'|',
	'\\',
	'&#',
	'&amp;',
	'![',
	'](',
	'](/a)',
	'“',
	'”',
	'«',
	'»',
	'—',
	'- ',
	'1. ',
	'# ',
	'=',
	'---',
	'[^a]',
	'[^a]: ',
	'www.a.co',
	'http://',
	'@',
	':',
	'  ',
	'\t',
	'\n',
	'\n\n',
);
const word = fc.constantFrom('a', 'word', 'Sheinbaum', 'said', 'the', '1');
const unit = fc
	.array(fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: word }), {
		minLength: 1,
		maxLength: 8,
	})
	.chain((parts) =>
		fc.constantFrom('', ' ', '\n', '\n\n').map((separator) => parts.join('') + separator),
	);

/** A body: one or two units repeated, mostly as often as the checks accept. */
const hostileBody: fc.Arbitrary<Body> = fc
	.tuple(fc.array(unit, { minLength: 1, maxLength: 2 }), fc.nat(4))
	.map(([units, draw]) => repeated(units, draw > 0))
	.map((body) => Object.assign(body, { [fc.toStringMethod]: () => body.recipe }));

describe('the work the build does for one article', () => {
	beforeAll(() => {
		// Compile the parser's hot paths first, as a build has by its second article.
		for (const shape of knownShapes.slice(-3)) articleWork(shape.repeat(200));
	});

	it.each(knownShapes.flatMap((shape) => [repeated([shape], false), repeated([shape], true)]))(
		'takes under a second for $recipe',
		({ body, recipe }) => {
			const ms = cpuTime(() => articleWork(body));
			expect(ms, `${recipe}: ${ms.toFixed(0)} ms`).toBeLessThan(budgetMs);
		},
	);

	// 50 runs keep this file under 20 s on two cores (most take 50–300 ms of CPU; a body the
	// checks refuse, about one in five, takes 1 ms). That is enough because every slow case
	// found is a short fragment repeated: each run repeats its one or two units as often as
	// the checks accept, so a fragment mix that slows the parser shows at full strength in the
	// first run that draws it, and the fragments are few (36, and 6 words).
	const runs = 50;
	it('takes under a second for any body the checks let through', () => {
		let parsed = 0;
		fc.assert(
			fc.property(hostileBody, ({ body, recipe }) => {
				let reachedParser = false;
				const ms = cpuTime(() => {
					reachedParser = articleWork(body);
				});
				if (reachedParser) parsed++;
			expect(ms, `${recipe}: ${ms.toFixed(0)} ms`).toBeLessThan(budgetMs);
			}),
			{ numRuns: runs },
		);
		// Refusing is fast by design: the property means something only if most runs parse.
		expect(parsed, `${parsed} of ${runs} runs reached the parser`).toBeGreaterThanOrEqual(runs / 2);
	});
});
