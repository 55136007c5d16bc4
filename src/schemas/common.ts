import { z } from 'astro/zod';

/** A lowercase, URL-safe identifier: it becomes part of a page address. */
export const idSchema = z.string({ error: 'must be an id' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
	error: 'must be lowercase letters, digits and single hyphens',
});

/** Text a reader sees: never empty, never only white space. */
export const textSchema = z
	.string({ error: 'must be text' })
	.trim()
	.min(1, { error: 'must not be empty' });

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoMonth = /^\d{4}-\d{2}$/;
const isoDayOrMonth = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** True when `value` names a real calendar day or month ("2025-02-30" does not). */
function isRealDate(value: string): boolean {
	const [year, month, day = 1] = value.split('-').map(Number);
	if (year === undefined || month === undefined) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/**
 * YAML turns an unquoted `2025-05-03` into a Date; accept it and keep the text form,
 * so an editor who leaves the quotes off is not punished.
 */
function dateText(pattern: RegExp, shape: string) {
	return z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: `must be a date written ${shape}` })
			.regex(pattern, { error: `must be written ${shape}` })
			.refine(isRealDate, {
				error: 'is not a real calendar date',
				params: { expected: `a real date written ${shape}` },
			}),
	);
}

/** A calendar day, `YYYY-MM-DD`. */
export const daySchema = dateText(isoDay, 'YYYY-MM-DD');
/** A calendar month, `YYYY-MM`. */
export const monthSchema = dateText(isoMonth, 'YYYY-MM');
/** A day or a month, whichever the evidence supports. */
export const dayOrMonthSchema = dateText(isoDayOrMonth, 'YYYY-MM-DD or YYYY-MM');

/**
 * A date with its precision. Known dates are `day` or `month`; a date worked out from
 * clues in the text is `inferred`, with the window it falls in and why; otherwise `unknown`.
 */
export const datedSchema = z.discriminatedUnion(
	'precision',
	[
		z.object({ precision: z.literal('day'), value: daySchema }).strict(),
		z.object({ precision: z.literal('month'), value: monthSchema }).strict(),
		z
			.object({
				precision: z.literal('inferred'),
				/** The earliest the date can be. */
				earliest: dayOrMonthSchema,
				/** The latest it can be, when the clues bound it. */
				latest: dayOrMonthSchema.optional(),
				/** The clues the inference rests on, for the reader to judge. */
				reason: textSchema,
			})
			.strict()
			.refine((d) => d.latest === undefined || d.latest >= d.earliest, {
				error: 'latest must not come before earliest',
				path: ['latest'],
			}),
		z.object({ precision: z.literal('unknown') }).strict(),
	],
	{ error: 'must have a precision of day, month, inferred or unknown' },
);

export type Dated = z.infer<typeof datedSchema>;
