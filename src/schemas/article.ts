import { z } from 'astro/zod';
import { datedSchema, idSchema, textSchema } from './common.ts';

/** What kind of writing an article is; editors judge it from the text. */
export const articleKinds = ['news', 'analysis', 'opinion', 'explainer', 'blog'] as const;

/**
 * The languages the site can show an article in, as BCP 47 tags. The quote finder, search and
 * ingestion know the function words of exactly these.
 */
export const articleLanguages = ['en', 'es'] as const;

/** An article's language, a BCP 47 tag from `articleLanguages`. */
export type ArticleLanguage = (typeof articleLanguages)[number];

/** The language of the site's own words (the `<html lang>`); other languages are marked. */
export const siteLanguage: ArticleLanguage = 'en';

/** A line of the raw file, by its 1-based number, with the text it held. */
const rawLineSchema = z
	.object({
		/** 1-based line number in the raw file. */
		line: z.int({ error: 'must be a whole line number' }).min(1, { error: 'must be 1 or more' }),
		/** The line as it stands in the raw file. */
		text: z.string({ error: 'must be the text of the raw line' }),
		/** Why ingestion or the editor acted on it. */
		reason: textSchema,
	})
	.strict();

/** A doubtful line ingestion kept in the body, and whether an editor has reviewed it. */
const flaggedLineSchema = rawLineSchema
	.extend({
		/**
		 * `true` once an editor has read the line and kept it as the article's text. An
		 * unreviewed flagged line in the body stops validation: the editor either moves it to
		 * `removed` (with a reason, deleting it from the body) or sets this.
		 */
		kept: z.literal(true, { error: 'must be true (or left out while unreviewed)' }).optional(),
	})
	.strict();

/** Where the text came from and everything done to it on the way in. */
export const provenanceSchema = z
	.object({
		/** The raw file, relative to `content/`, byte for byte as received. */
		raw: z.string().regex(/^raw\/[a-z0-9-]+\.txt$/, { error: 'must be a path like raw/<id>.txt' }),
		/** sha256 of the raw file's bytes, lowercase hex. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits' }),
		/** Lines dropped as scraping residue (or moved into metadata, such as the headline). */
		removed: z.array(rawLineSchema).default([]),
		/** Lines kept whose text was changed (a stray `**`, a space before punctuation). */
		edited: z.array(rawLineSchema).default([]),
		/** Lines ingestion was unsure of, for an editor's second look (`kept` once reviewed). */
		flagged: z.array(flaggedLineSchema).default([]),
	})
	.strict();

/** A quotation an editor has confirmed or corrected; it wins over what the finder detects. */
export const curatedQuoteSchema = z
	.object({
		/** The quoted words, verbatim from the body. */
		text: textSchema,
		/** The speaker's id in `people.yaml`, when the speaker is a known person. */
		speaker: idSchema.optional(),
		/** How the article describes an unnamed speaker ("a White House spokesperson"). */
		description: textSchema.optional(),
		/** How the words reach the reader; `not-speech` tells the finder a quoted phrase is a term. */
		kind: z.enum(['direct', 'nested', 'pull', 'not-speech']).default('direct'),
	})
	.strict();

/** Frontmatter of `content/articles/<id>.md`; the body is the cleaned text. */
export const articleSchema = z
	.object({
		/** The headline, and whether the text gave it, an editor supplied it, or it was derived. */
		headline: z
			.object({
				text: textSchema,
				source: z.enum(['article', 'editor', 'derived'], {
					error: 'must be article, editor or derived',
				}),
			})
			.strict(),
		/** The standfirst under the headline, when the text has one. */
		dek: textSchema.optional(),
		/**
		 * The language the article is written in, a BCP 47 tag (`en`, `es`). Required, with no
		 * default: a default would publish a Spanish text marked as English without anyone
		 * deciding it. Ingestion writes the language it detects.
		 */
		language: z.enum(articleLanguages, {
			error: `must be the language the article is written in: ${articleLanguages.join(' or ')} (a BCP 47 tag)`,
		}),
		/** The story this article covers (an id in `content/stories/`). */
		story: idSchema,
		/** The publication, or null when the text does not name it. */
		outlet: textSchema.nullable(),
		/** The byline, or null when the text does not name one. */
		author: textSchema.nullable(),
		/** When it was published, with how sure we are. */
		date: datedSchema,
		/** The original address, or null when unknown. Only web addresses are allowed. */
		url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).nullable(),
		/** News, analysis, opinion, explainer or blog; null until an editor has judged it. */
		kind: z.enum(articleKinds, { error: `must be one of ${articleKinds.join(', ')}` }).nullable(),
		/** Where the article stands on the story's central question, and why; null until judged. */
		stance: z
			.object({
				/** An id from the story's stance scale. */
				position: idSchema,
				rationale: textSchema,
				/** Verbatim passages that show the stance. */
				evidence: z.array(textSchema).min(1, { error: 'must quote at least one passage' }),
			})
			.strict()
			.nullable(),
		/** A neutral two- or three-sentence summary; null until an editor writes one. */
		summary: textSchema.nullable(),
		/** Curated quotations; see `curatedQuoteSchema`. */
		quotes: z.array(curatedQuoteSchema).default([]),
		provenance: provenanceSchema,
	})
	.strict();

export type Article = z.infer<typeof articleSchema>;
export type CuratedQuote = z.infer<typeof curatedQuoteSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
