import type { AstroIntegration } from 'astro';
import { formatProblem, type Problem } from '../lib/content/problems.ts';

/**
 * Reports the content checks (run once, in the config, before Astro builds anything), so a
 * broken entry stops the build with one line per problem and no `dist/` is written. In
 * `astro dev` the problems are logged instead, so an editor can keep the preview open while
 * fixing them.
 */
export default function contentValidation(problems: readonly Problem[]): AstroIntegration {
	return {
		name: 'parallax:content-validation',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
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
