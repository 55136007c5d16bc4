import type { AstroIntegration } from 'astro';
import { contentRoot } from '../lib/content/content-root.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { validateContent } from '../lib/content/validate-content.ts';

/**
 * Runs every content check before Astro builds anything, so a broken entry stops the
 * build with one line per problem and no `dist/` is written. In `astro dev` the problems
 * are logged instead, so an editor can keep the preview open while fixing them.
 */
export default function contentValidation(): AstroIntegration {
	return {
		name: 'parallax:content-validation',
		hooks: {
			'astro:config:setup': async ({ command, logger }) => {
				const { problems } = await validateContent(contentRoot());
				if (problems.length === 0) return;
				const lines = problems.map(formatProblem);
				if (command === 'dev') {
					for (const line of lines) logger.warn(line);
					return;
				}
				// Plain lines, exactly as `npm run validate` prints them (the logger would escape quotes).
				process.stderr.write(`${lines.join('\n')}\n`);
				logger.error(
					`${problems.length} content problem(s); nothing was built. Run npm run validate after fixing them.`,
				);
				// Exiting here, rather than throwing, keeps the output to the lines above: no stack trace.
				process.exit(1);
			},
		},
	};
}
